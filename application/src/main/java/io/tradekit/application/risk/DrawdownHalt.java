package io.tradekit.application.risk;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.account.TradingStatus;
import io.tradekit.domain.shared.Require;
import java.time.Clock;
import java.util.Optional;

/**
 * Turns a drawdown breach into a stored halt: when a decision says the drawdown limit is reached and the account
 * is not HALTED yet, halts it with the breach as the reason. Saves the state the decision was judged on
 * (optimistic: a concurrent change surfaces as StaleVersionException). The halt lasts until an explicit resume.
 */
public final class DrawdownHalt {
    private final TradingStateRepository tradingStates;
    private final Clock clock;
    private final String haltedBy;

    public DrawdownHalt(TradingStateRepository tradingStates, Clock clock, String haltedBy) {
        this.tradingStates = Require.nonNull(tradingStates, "tradingStates");
        this.clock = Require.nonNull(clock, "clock");
        this.haltedBy = Require.id(haltedBy, "haltedBy");
    }

    /** @return the stored halted state, or empty when the decision has no drawdown breach or the account is halted */
    public Optional<TradingState> haltIfBreached(RiskDecision decision) {
        Require.nonNull(decision, "decision");
        Optional<PolicyResult.Rejected> breach = decision.breach(MaxDrawdown.LIMIT);
        if (breach.isEmpty() || decision.tradingState().status() == TradingStatus.HALTED) {
            return Optional.empty();
        }
        TradingState halted = decision.tradingState().halt(breach.get().message(), haltedBy, clock.instant());
        return Optional.of(tradingStates.save(halted));
    }
}
