package io.tradekit.domain.position;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.TokenId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Positions, at most one OPEN per (account, token). Updates are optimistic: the stored version must
 * still be the one the position was read at, else {@link io.tradekit.domain.shared.StaleVersionException}.
 */
public interface PositionRepository {
    /**
     * Stores a new position as it is (a freshly opened one has version 0).
     *
     * @return the position at its stored version
     * @throws io.tradekit.domain.shared.DuplicateKeyException when the id exists, or the account already has an
     *         open position in the token
     */
    Position insert(Position position);

    /**
     * Stores the next state of a position read at {@code position.version()}.
     *
     * @return the position at its new stored version (one more)
     * @throws io.tradekit.domain.shared.StaleVersionException when someone else stored a newer version first
     * @throws io.tradekit.domain.shared.InvalidValueException when an identity field (condition, token, event,
     *         side, opened time) differs from the stored position's (see {@link Position#requireSuccessorOf})
     * @throws io.tradekit.domain.shared.IllegalTransitionException when a closed or settled position would
     *         become open again; nothing is written in either case
     */
    Position update(Position position);

    Optional<Position> findById(AccountId accountId, PositionId id);

    Optional<Position> findOpenByToken(AccountId accountId, TokenId tokenId);

    /** The account's open positions, in (opened time, position id) order. */
    List<Position> findOpenByAccount(AccountId accountId);

    /** The account's open positions in one market, in (opened time, position id) order. */
    List<Position> findOpenByCondition(AccountId accountId, ConditionId conditionId);

    /** Counts and sums over the closes a query selects, computed by the store in one pass. */
    CloseSummary summarizeCloses(CloseQuery query);

    /**
     * Streams the closes a query selects in (closed time, position id) order, one at a time, so an
     * equity curve over a million closes never holds a million objects.
     */
    void forEachClose(CloseQuery query, Consumer<PositionClose> consumer);
}
