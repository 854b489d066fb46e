package io.tradekit.application.risk;

import io.tradekit.application.account.HaltTrading;
import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStatus;
import io.tradekit.domain.shared.Require;
import java.util.Optional;

/**
 * Turns a drawdown breach into a stored halt: when a decision says the drawdown limit is reached and the account
 * is not HALTED yet, halts it with the breach as the reason, through {@link HaltTrading#haltOver} (so it is
 * audited and raises the CRITICAL halt alert in the same unit of work). Saves over the state the decision was
 * judged on (optimistic: a concurrent change surfaces as StaleVersionException). The halt lasts until an explicit
 * resume.
 */
public final class DrawdownHalt {
    private final HaltTrading haltTrading;
    private final String haltedBy;

    public DrawdownHalt(HaltTrading haltTrading, String haltedBy) {
        this.haltTrading = Require.nonNull(haltTrading, "haltTrading");
        this.haltedBy = Require.id(haltedBy, "haltedBy");
    }

    /** @return the stored halted state, or empty when the decision has no drawdown breach or the account is halted */
    public Optional<TradingState> haltIfBreached(RiskDecision decision) {
        Require.nonNull(decision, "decision");
        Optional<PolicyResult.Rejected> breach = decision.breach(MaxDrawdown.LIMIT);
        if (breach.isEmpty() || decision.tradingState().status() == TradingStatus.HALTED) {
            return Optional.empty();
        }
        return Optional.of(haltTrading.haltOver(decision.tradingState(), breach.get().message(), haltedBy));
    }
}
