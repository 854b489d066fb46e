package io.tradekit.application.order;

import io.tradekit.application.execution.PositionIds;
import io.tradekit.application.ledger.LedgerPosting;
import io.tradekit.application.ledger.Posting;
import io.tradekit.application.position.PositionMoves;
import io.tradekit.domain.order.Fill;
import io.tradekit.domain.order.FillContext;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.util.Optional;

/**
 * Books one fill, in one unit of work: the fill, the order's next state (filled quantity, average price,
 * status), the move of the account's position in the order's token (through {@link PositionMoves}, the
 * one way positions move) and the account's ledger (through {@link LedgerPosting}, the step every use case that
 * realizes P&amp;L takes: the P&amp;L the fill realized, its fee, a close, and one trade at the order's first
 * fill).
 *
 * <p>Idempotent by (account, venue, fill id): a fill already booked changes nothing and comes back with
 * {@code recorded = false} and the stored fill. An over-fill is refused ({@link
 * io.tradekit.domain.order.OverfillException}) before anything is written. A fill after the order was
 * cancelled is booked and noted. A concurrent writer of the same order or position makes the attempt roll
 * back and run again, a bounded number of times.
 *
 * <p>On PostgreSQL: three statements for the fill, the order and the position (read the order, the fill's id
 * and the open position together; store the fill with the order; store the position), then the ledger's
 * read and save.
 */
public final class RecordFill {
    private static final int ATTEMPTS = 8;
    private final OrderRepository orders;
    private final PositionMoves moves;
    private final LedgerPosting ledger;
    private final UnitOfWork unitOfWork;

    public RecordFill(OrderRepository orders, PositionRepository positions, LedgerPosting ledger,
            UnitOfWork unitOfWork) {
        this.orders = Require.nonNull(orders, "orders");
        this.moves = new PositionMoves(Require.nonNull(positions, "positions"));
        this.ledger = Require.nonNull(ledger, "ledger");
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    public RecordFillResult record(RecordFillCommand c) {
        Require.nonNull(c, "command");
        return Retries.onConflict(ATTEMPTS, "record fill " + c.fillId(), () -> unitOfWork.inTransaction(() -> once(c)));
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
        Optional<Order> stored = orders.recordFill(booking.order(), booking.fill());
        if (stored.isEmpty()) {
            // another writer booked the same fill between our read and our write
            Fill winner = orders.findFill(c.accountId(), order.venue(), c.fillId()).orElseThrow(() ->
                    new IllegalStateException("fill " + c.fillId() + " reported as booked but not found"));
            return new RecordFillResult(winner, order, false, Optional.empty());
        }
        Position moved = moves.apply(new PositionMoves.Move(order.accountId(), order.conditionId(), order.tokenId(),
                order.eventId().orElse(null), order.side(), fill.quantity(), fill.price(), fill.fee(),
                fill.filledAt(), PositionIds.openedByFill(order.accountId(), order.venue(), fill.fillId()),
                "fill " + fill.fillId() + " of order " + order.clientOrderId()), context.openPosition());
        // the ledger step every P&L-realizing use case takes; an order counts as one trade, at its first fill
        Posting posting = Posting.at(order.accountId(), fill.filledAt()).paid(fill.fee())
                .moved(context.openPosition().orElse(null), moved);
        ledger.post(order.filledQuantity().isZero() ? posting.trade() : posting);
        return new RecordFillResult(booking.fill(), stored.get(), true, Optional.of(moved));
    }
}
