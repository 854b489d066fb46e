package io.tradekit.application.account;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import java.time.Clock;

/**
 * Puts an account in REDUCING: only orders that cut exposure pass. Stored with reason, who and when; lasts until
 * {@link ResumeTrading}. A concurrent change surfaces as StaleVersionException.
 */
public final class RestrictToReducing {
    private final TradingStateRepository tradingStates;
    private final Clock clock;

    public RestrictToReducing(TradingStateRepository tradingStates, Clock clock) {
        this.tradingStates = Require.nonNull(tradingStates, "tradingStates");
        this.clock = Require.nonNull(clock, "clock");
    }

    public record Command(AccountId accountId, String reason, String by) {
        public Command {
            Require.nonNull(accountId, "accountId");
            HaltTrading.requireReason(reason);
            Require.id(by, "by");
        }
    }

    public TradingState reduceOnly(Command command) {
        Require.nonNull(command, "command");
        TradingState current = TradingStates.current(tradingStates, command.accountId());
        return tradingStates.save(current.reduceOnly(command.reason(), command.by(), clock.instant()));
    }
}
