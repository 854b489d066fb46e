package io.tradekit.application.account;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import java.time.Clock;

/**
 * Lifts a halt or a reducing state, recording who resumed and when (the last halt's reason stays on record).
 * Resuming an ACTIVE account is an IllegalTransitionException; a concurrent change a StaleVersionException.
 */
public final class ResumeTrading {
    private final TradingStateRepository tradingStates;
    private final Clock clock;

    public ResumeTrading(TradingStateRepository tradingStates, Clock clock) {
        this.tradingStates = Require.nonNull(tradingStates, "tradingStates");
        this.clock = Require.nonNull(clock, "clock");
    }

    public record Command(AccountId accountId, String by) {
        public Command {
            Require.nonNull(accountId, "accountId");
            Require.id(by, "by");
        }
    }

    public TradingState resume(Command command) {
        Require.nonNull(command, "command");
        TradingState current = TradingStates.current(tradingStates, command.accountId());
        return tradingStates.save(current.resume(command.by(), clock.instant()));
    }
}
