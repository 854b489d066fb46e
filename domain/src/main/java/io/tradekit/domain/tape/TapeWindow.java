package io.tradekit.domain.tape;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.time.Instant;
import java.util.Set;

/**
 * Which part of the stored tape to read: the prints with a timestamp in [from, to) of the given markets (every
 * market when the set is empty). The store keeps one row per print with the venue's timestamp and no received time,
 * so the timestamp is the one time a window can select on.
 */
public record TapeWindow(Instant from, Instant to, Set<ConditionId> markets) {
    public TapeWindow {
        from = Times.micros(from, "from");
        to = Times.windowEnd(to, "to");
        if (!to.isAfter(from)) {
            throw new InvalidValueException("to", "the window ends (" + to + ") at or before it starts (" + from + ")");
        }
        Require.nonNull(markets, "markets");
        markets = Set.copyOf(markets);
    }

    /** The whole tape: every market, the kit's whole time range. */
    public static TapeWindow all() {
        return new TapeWindow(Times.EARLIEST, Times.END, Set.of());
    }

    public static TapeWindow of(Instant from, Instant to, Set<ConditionId> markets) {
        return new TapeWindow(from, to, markets);
    }

    /** Every market, between {@code from} and {@code to}. */
    public static TapeWindow between(Instant from, Instant to) {
        return new TapeWindow(from, to, Set.of());
    }

    public boolean includes(MarketTrade print) {
        return !print.timestamp().isBefore(from) && print.timestamp().isBefore(to)
                && (markets.isEmpty() || markets.contains(print.conditionId()));
    }
}
