package io.tradekit.adapters.inmemory.position;

import io.tradekit.domain.shared.Money;
import java.time.Instant;

/**
 * Running figures over all closes of one account in (closed time, position id) order, kept up to date
 * as closes are appended so a risk check never walks the account's history.
 *
 * @param closes         number of closed or settled positions
 * @param netTotal       sum of their net realized P&amp;L (realized - fees)
 * @param peakNet        highest running sum of net realized P&amp;L after all closes of an instant, starting
 *                       from zero (a sum halfway through the closes of one instant was never the equity)
 * @param peakBeforeLast that peak over the instants before {@code lastCloseAt}, to redo the last instant's
 *                       figure when another close at the same instant comes
 * @param losingStreak   most recent closes in a row with a net loss
 * @param lastCloseAt    time of the most recent close, null when none
 */
public record CloseTotals(long closes, Money netTotal, Money peakNet, Money peakBeforeLast, int losingStreak,
        Instant lastCloseAt) {
    public static final CloseTotals NONE = new CloseTotals(0, Money.ZERO, Money.ZERO, Money.ZERO, 0, null);

    /** The figures after one more close that comes after every close so far. */
    CloseTotals append(Money net, Instant closedAt) {
        Money total = netTotal.plus(net);
        Money before = closedAt.equals(lastCloseAt) ? peakBeforeLast : peakNet;
        return new CloseTotals(closes + 1, total, before.max(total), before, net.isNegative() ? losingStreak + 1 : 0,
                closedAt);
    }
}
