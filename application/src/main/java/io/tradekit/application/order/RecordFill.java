package io.tradekit.application.order;

import io.tradekit.application.execution.PositionIds;
import io.tradekit.application.ledger.LedgerPosting;
import io.tradekit.application.ledger.Posting;
import io.tradekit.application.position.PositionMoves;
import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.order.Fill;
import io.tradekit.domain.order.FillBooking;
import io.tradekit.domain.order.FillContext;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.util.Optional;

/**
 * Books one fill, in one unit of work: the fill, the order's next state (filled quantity, average price,
 * status), the move of the account's position in the order's token (by {@link PositionMoves}' rule, the one way
 * positions move) and the account's ledger (by {@link LedgerPosting}'s rule, the step every use case that
 * realizes P&amp;L takes: the P&amp;L the fill realized, its fee, a close, and one trade at the order's first
 * fill).
 *
 * <p>Idempotent by (account, venue, fill id): a fill already booked changes nothing and comes back with
 * {@code recorded = false} and the stored fill. An over-fill is refused ({@link
 * io.tradekit.domain.order.OverfillException}) before anything is written. A fill after the order was
 * cancelled is booked and noted.
 *
 * <p>One read and one write: {@link OrderRepository#findForFill} loads the order, whether the fill is booked,
 * the open position and the ledger; the domain computes every next state; {@link OrderRepository#book} stores
 * them all or nothing, comparing the versions they were read at (on PostgreSQL two statements, then the COMMIT).
 * A concurrent writer that moved the order, the position or the ledger first makes the write throw
 * {@link io.tradekit.domain.shared.StaleVersionException} and the unit roll back; run this use case on a
 * retrying unit of work (the kit's {@code RetryingUnitOfWork}, as {@code Tradekit} wires it) and the unit is run
 * again whole, reading afresh. A racing duplicate of the same fill is answered without a retry: its write finds
 * the fill booked and returns {@code recorded = false}.
 */
public final class RecordFill {
    private final OrderRepository orders;
    private final UnitOfWork unitOfWork;

    /** The position and the ledger are read and stored with the order ({@link OrderRepository#findForFill}, {@link OrderRepository#book}). */
    public RecordFill(OrderRepository orders, UnitOfWork unitOfWork) {
        this.orders = Require.nonNull(orders, "orders");
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    public RecordFillResult record(RecordFillCommand c) {
        Require.nonNull(c, "command");
        return unitOfWork.inTransaction(() -> once(c));
    }

    private RecordFillResult once(RecordFillCommand c) {
        FillContext context = orders.findForFill(c.accountId(), c.order(), c.fillId())
                .orElseThrow(() -> new UnknownOrderException(c.accountId(), c.order()));
        Order order = context.order();
        if (context.bookedFill().isPresent()) {
            return new RecordFillResult(context.bookedFill().get(), order, false, Optional.empty());
        }
        Fill fill = Fill.of(c.accountId(), order.venue(), c.fillId(), order.clientOrderId(), c.quantity(), c.price(),
                c.fee(), c.liquidity(), c.filledAt());
        Order.Booking booking = order.book(fill);
        Optional<Position> open = context.openPosition();
        Position moved = PositionMoves.next(new PositionMoves.Move(order.accountId(), order.conditionId(),
                order.tokenId(), order.eventId().orElse(null), order.side(), fill.quantity(), fill.price(), fill.fee(),
                fill.filledAt(), PositionIds.openedByFill(order.accountId(), order.venue(), fill.fillId()),
                "fill " + fill.fillId() + " of order " + order.clientOrderId()), open);
        // the ledger step every P&L-realizing use case takes; an order counts as one trade, at its first fill
        Posting posting = Posting.at(order.accountId(), fill.filledAt()).paid(fill.fee())
                .moved(open.orElse(null), moved);
        Optional<AccountLedger> ledger = LedgerPosting.next(context.ledger(),
                order.filledQuantity().isZero() ? posting.trade() : posting);
        FillBooking write = FillBooking.of(booking);
        write = (open.isEmpty() ? write.opening(moved) : write.moving(moved)).posting(ledger);
        Optional<FillBooking> stored = orders.book(write);
        if (stored.isEmpty()) {
            // another writer booked the same fill between our read and our write; nothing was written
            Fill winner = orders.findFill(c.accountId(), order.venue(), c.fillId()).orElseThrow(() ->
                    new IllegalStateException("fill " + c.fillId() + " reported as booked but not found"));
            return new RecordFillResult(winner, order, false, Optional.empty());
        }
        return new RecordFillResult(booking.fill(), stored.get().order(), true, stored.get().position());
    }
}
