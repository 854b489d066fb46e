package io.tradekit.application.account;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import java.time.Clock;

/**
 * Halts an account: no new entries, exits only. The halt is stored with its reason, who halted and when (from
 * the clock), and lasts across restarts until {@link ResumeTrading}. Halting a halted account records the new
 * reason. A concurrent change surfaces as StaleVersionException: re-read and decide again.
 */
public final class HaltTrading {
    private final TradingStateRepository tradingStates;
    private final Clock clock;

    public HaltTrading(TradingStateRepository tradingStates, Clock clock) {
        this.tradingStates = Require.nonNull(tradingStates, "tradingStates");
        this.clock = Require.nonNull(clock, "clock");
    }

    public record Command(AccountId accountId, String reason, String by) {
        public Command {
            Require.nonNull(accountId, "accountId");
            requireReason(reason);
            Require.id(by, "by");
        }
    }

    public TradingState halt(Command command) {
        Require.nonNull(command, "command");
        TradingState current = TradingStates.current(tradingStates, command.accountId());
        return tradingStates.save(current.halt(command.reason(), command.by(), clock.instant()));
    }

    static void requireReason(String reason) {
        Require.nonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new InvalidValueException("reason", "must not be blank");
        }
    }
}
