package io.tradekit.adapters.inmemory.position;

import io.tradekit.domain.shared.Money;
import java.time.Instant;

/**
 * Running figures over all closes of one account in (closed time, position id) order, kept up to date
 * as closes are appended so a risk check never walks the account's history.
 *
 * @param closes         number of closed or settled positions
 * @param netTotal       sum of their net realized P&amp;L (realized - fees)
 * @param peakNet        highest running sum of net realized P&amp;L, starting from zero
 * @param losingStreak   most recent closes in a row with a net loss
 * @param lastCloseAt    time of the most recent close, null when none
 */
public record CloseTotals(long closes, Money netTotal, Money peakNet, int losingStreak, Instant lastCloseAt) {
    public static final CloseTotals NONE = new CloseTotals(0, Money.ZERO, Money.ZERO, 0, null);

    /** The figures after one more close that comes after every close so far. */
    CloseTotals append(Money net, Instant closedAt) {
        Money total = netTotal.plus(net);
        return new CloseTotals(closes + 1, total, peakNet.max(total), net.isNegative() ? losingStreak + 1 : 0,
                closedAt);
    }
}
