package io.tradekit.application.position;

import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.DomainException;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;
import java.util.Optional;

/**
 * The one way a position moves by an execution, used by {@code RecordFill} (a fill of an order) and by
 * {@code RecordExecution} (a leg of a finished execution): none open in the token opens one (BUY opens LONG,
 * SELL opens SHORT) under the id the caller derives from what opened it; the same direction increases it
 * (average entry); the opposite direction reduces it, realizing P&amp;L on the reduced part, and closes it at
 * zero. Reducing past zero is an {@link io.tradekit.domain.shared.IllegalTransitionException}. The fee is added
 * to the position's fees. Runs inside the caller's unit of work.
 *
 * <p>A concurrent writer that moved the position first (stale version, or an open position inserted first)
 * comes out as {@link ConcurrentPositionUpdateException}: the caller's unit rolls back and a retry is safe.
 */
public final class PositionMoves {
    private final PositionRepository positions;

    public PositionMoves(PositionRepository positions) {
        this.positions = Require.nonNull(positions, "positions");
    }

    /** What moved a position: one fill or one leg's filled part. {@code eventId} may be null. */
    public record Move(AccountId accountId, ConditionId conditionId, TokenId tokenId, EventId eventId, Side side,
            Quantity quantity, Price price, Money fee, Instant at, PositionId idIfOpening, String source) {
        public Move {
            Require.nonNull(accountId, "accountId");
            Require.nonNull(conditionId, "conditionId");
            Require.nonNull(tokenId, "tokenId");
            Require.nonNull(side, "side");
            Require.nonNull(quantity, "quantity");
            Require.nonNull(price, "price");
            Require.nonNull(fee, "fee");
            Require.nonNull(at, "at");
            Require.nonNull(idIfOpening, "idIfOpening");
            Require.nonNull(source, "source");
        }
    }

    /** Reads the account's open position in the token, then applies the move to it. */
    public Position apply(Move move) {
        return apply(move, positions.findOpenByToken(move.accountId(), move.tokenId()));
    }

    /**
     * Applies the move to {@code open}, the account's open position in the token as the caller read it in this
     * unit of work (empty: none is open), and stores the result.
     *
     * @return the position at its stored version
     */
    public Position apply(Move move, Optional<Position> open) {
        Position next = next(move, open);
        try {
            return open.isEmpty() ? positions.insert(next) : positions.update(next);
        } catch (DomainException e) {
            if (ConcurrentPositionUpdateException.isConflict(e)) {
                throw new ConcurrentPositionUpdateException("apply " + move.source() + " to " + move.tokenId(), e);
            }
            throw e;
        }
    }

    /**
     * The position after the move, not stored: opened (version 0) when {@code open} is empty, else the next
     * state of {@code open} at the version it was read at. For a caller that stores it with other writes in one
     * statement ({@code RecordFill}); the rule is this one either way.
     */
    public static Position next(Move move, Optional<Position> open) {
        Require.nonNull(move, "move");
        Require.nonNull(open, "open");
        if (open.isEmpty()) {
            return Position.open(move.idIfOpening(), move.accountId(), move.conditionId(), move.tokenId(),
                    move.eventId(), PositionSide.openedBy(move.side()), move.quantity(), move.price(), move.fee(),
                    move.at());
        }
        Position current = open.get();
        return move.side() == current.side().entrySide()
                ? current.increase(move.quantity(), move.price(), move.fee(), move.at())
                : current.reduce(move.quantity(), move.price(), move.fee(), move.at());
    }
}
