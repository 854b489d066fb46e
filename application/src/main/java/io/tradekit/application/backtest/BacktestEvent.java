package io.tradekit.application.backtest;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import java.time.Instant;

/** One event of a backtest's time-ordered stream: a print at the time the bot received it, or a resolution. */
public sealed interface BacktestEvent permits BacktestEvent.PrintReceived, BacktestEvent.MarketResolved {

    /** When the event happens on the simulated clock. */
    Instant at();

    /** A venue print as the bot received it; {@code receivedAt} may not precede the print's own timestamp. */
    record PrintReceived(MarketTrade print, Instant receivedAt) implements BacktestEvent {
        public PrintReceived {
            Require.nonNull(print, "print");
            Require.nonNull(receivedAt, "receivedAt");
            if (receivedAt.isBefore(print.timestamp())) {
                throw new InvalidValueException("receivedAt", receivedAt + " is before the timestamp "
                        + print.timestamp() + "; a print cannot be received before it happened");
            }
        }

        /** Received the moment it happened. */
        public static PrintReceived atTimestamp(MarketTrade print) {
            return new PrintReceived(print, Require.nonNull(print, "print").timestamp());
        }

        @Override
        public Instant at() {
            return receivedAt;
        }
    }

    /** A market's outcome: its winning token pays 1, every other token 0, from {@code resolvedAt}. */
    record MarketResolved(ConditionId conditionId, TokenId winningTokenId, Instant resolvedAt) implements BacktestEvent {
        public MarketResolved {
            Require.nonNull(conditionId, "conditionId");
            Require.nonNull(winningTokenId, "winningTokenId");
            Require.nonNull(resolvedAt, "resolvedAt");
        }

        @Override
        public Instant at() {
            return resolvedAt;
        }
    }
}
