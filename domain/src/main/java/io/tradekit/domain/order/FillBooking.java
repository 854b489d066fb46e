package io.tradekit.domain.order;

import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import java.util.Optional;

/**
 * Everything booking one fill writes, stored all or nothing by {@link OrderRepository#book}: the fill, its
 * order's next state, the account's position in the order's token as the fill left it (opened by it, or moved
 * from the version read), and the account's ledger as the fill's posting left it. Every figure in it was
 * computed by the domain ({@link Order#book}, {@link Position}, {@link AccountLedger}); a store only stores it,
 * comparing the versions each part was read at.
 *
 * @param order         the order after the fill, at the version it was read at
 * @param fill          the fill
 * @param position      the position after the fill; empty: no position part (an order's own bookkeeping)
 * @param opensPosition true when {@code position} is new (the fill opened it), false when it was read at its
 *                      version and moved
 * @param ledger        the account's ledger after the posting, at the version it was read at (0: never stored),
 *                      with the entries booked on it; empty when the posting changed nothing
 */
public record FillBooking(Order order, Fill fill, Optional<Position> position, boolean opensPosition,
        Optional<AccountLedger> ledger) {

    public FillBooking {
        Require.nonNull(order, "order");
        Require.nonNull(fill, "fill");
        Require.nonNull(position, "position");
        Require.nonNull(ledger, "ledger");
        if (!fill.accountId().equals(order.accountId()) || !fill.clientOrderId().equals(order.clientOrderId())
                || !fill.venue().equals(order.venue())) {
            throw new InvalidValueException("fill", "fill " + fill.fillId() + " is not a fill of order "
                    + order.clientOrderId() + " of " + order.accountId() + " on " + order.venue());
        }
        if (opensPosition && position.isEmpty()) {
            throw new InvalidValueException("opensPosition", "a booking without a position opens none");
        }
        position.ifPresent(p -> {
            if (!p.accountId().equals(order.accountId()) || !p.tokenId().equals(order.tokenId())) {
                throw new InvalidValueException("position", p.id() + " is not a position of " + order.accountId()
                        + " in the order's token " + order.tokenId());
            }
        });
        ledger.ifPresent(l -> {
            if (!l.accountId().equals(order.accountId())) {
                throw new InvalidValueException("ledger", "the ledger of " + l.accountId() + " is not the ledger of "
                        + order.accountId());
            }
        });
    }

    /** The fill and its order only (no position, no ledger). */
    public static FillBooking of(Order.Booking booking) {
        Require.nonNull(booking, "booking");
        return new FillBooking(booking.order(), booking.fill(), Optional.empty(), false, Optional.empty());
    }

    /** With the position the fill opened (new, never stored). */
    public FillBooking opening(Position opened) {
        return new FillBooking(order, fill, Optional.of(Require.nonNull(opened, "opened")), true, ledger);
    }

    /** With the next state of the open position read at {@code moved.version()}. */
    public FillBooking moving(Position moved) {
        return new FillBooking(order, fill, Optional.of(Require.nonNull(moved, "moved")), false, ledger);
    }

    /** With the ledger after the fill's posting; {@code next} empty when the posting changed nothing. */
    public FillBooking posting(Optional<AccountLedger> next) {
        return new FillBooking(order, fill, position, opensPosition, Require.nonNull(next, "next"));
    }
}
