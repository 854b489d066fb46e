package io.tradekit.domain.position;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Decimals;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an account holds of one token, and what holding it has earned.
 *
 * <p>Average-cost accounting: increasing adds to the cost basis and re-averages the entry price; reducing
 * takes the reduced share of the cost basis out and realizes the difference to the exit proceeds. Fees are
 * tracked apart, so net P&amp;L = realized P&amp;L - fees. Immutable: every transition returns the next state
 * with the same {@link #version()}; the repository bumps the version when it stores it (optimistic locking).
 */
public final class Position {
    private final PositionId id;
    private final AccountId accountId;
    private final ConditionId conditionId;
    private final TokenId tokenId;
    private final EventId eventId;
    private final PositionSide side;
    private final PositionStatus status;
    private final Quantity size;
    private final Price averageEntryPrice;
    private final Money costBasis;
    private final Price currentPrice;
    private final Money realizedPnl;
    private final Money fees;
    private final Instant openedAt;
    private final Instant updatedAt;
    private final Instant closedAt;
    private final long version;
    /** currentPrice x size, computed once on first use (a risk check reads it for every open position) */
    private Money currentValue;

    private Position(PositionId id, AccountId accountId, ConditionId conditionId, TokenId tokenId, EventId eventId,
            PositionSide side, PositionStatus status, Quantity size, Price averageEntryPrice, Money costBasis,
            Price currentPrice, Money realizedPnl, Money fees, Instant openedAt, Instant updatedAt, Instant closedAt,
            long version) {
        this.id = Require.nonNull(id, "id");
        this.accountId = Require.nonNull(accountId, "accountId");
        this.conditionId = Require.nonNull(conditionId, "conditionId");
        this.tokenId = Require.nonNull(tokenId, "tokenId");
        this.eventId = eventId;
        this.side = Require.nonNull(side, "side");
        this.status = Require.nonNull(status, "status");
        this.size = Require.nonNull(size, "size");
        this.averageEntryPrice = Require.nonNull(averageEntryPrice, "averageEntryPrice");
        this.costBasis = Require.nonNull(costBasis, "costBasis");
        this.currentPrice = Require.nonNull(currentPrice, "currentPrice");
        this.realizedPnl = Require.nonNull(realizedPnl, "realizedPnl");
        this.fees = Require.nonNull(fees, "fees");
        this.openedAt = Times.micros(openedAt, "openedAt");
        this.updatedAt = Times.micros(updatedAt, "updatedAt");
        this.closedAt = closedAt == null ? null : Times.micros(closedAt, "closedAt");
        this.version = version;
        if (version < 0) {
            throw new InvalidValueException("version", "must not be negative, got " + version);
        }
        if (costBasis.isNegative()) {
            throw new InvalidValueException("costBasis", "must not be negative, got " + costBasis);
        }
        if (fees.isNegative()) {
            throw new InvalidValueException("fees", "must not be negative, got " + fees);
        }
        if (status == PositionStatus.OPEN) {
            if (!size.isPositive()) {
                throw new InvalidValueException("size", "an open position has a positive size, got " + size);
            }
            if (closedAt != null) {
                throw new InvalidValueException("closedAt", "an open position has no close time");
            }
        } else {
            if (!size.isZero()) {
                throw new InvalidValueException("size", "a " + status + " position has size 0, got " + size);
            }
            if (closedAt == null) {
                throw new InvalidValueException("closedAt", "a " + status + " position has a close time");
            }
        }
    }

    /** Opens a position with its first fill. */
    public static Position open(PositionId id, AccountId accountId, ConditionId conditionId, TokenId tokenId,
            EventId eventId, PositionSide side, Quantity quantity, Price price, Money fee, Instant at) {
        requireFill(quantity, price, fee, "open a position");
        return new Position(id, accountId, conditionId, tokenId, eventId, side, PositionStatus.OPEN, quantity, price,
                price.times(quantity), price, Money.ZERO, fee, at, at, null, 0);
    }

    /** Rebuilds a stored position exactly as it was saved; only storage adapters call this. */
    public static Position restore(PositionId id, AccountId accountId, ConditionId conditionId, TokenId tokenId,
            EventId eventId, PositionSide side, PositionStatus status, Quantity size, Price averageEntryPrice,
            Money costBasis, Price currentPrice, Money realizedPnl, Money fees, Instant openedAt, Instant updatedAt,
            Instant closedAt, long version) {
        return new Position(id, accountId, conditionId, tokenId, eventId, side, status, size, averageEntryPrice,
                costBasis, currentPrice, realizedPnl, fees, openedAt, updatedAt, closedAt, version);
    }

    /** Adds to the position; the entry price becomes the average over all entries. */
    public Position increase(Quantity quantity, Price price, Money fee, Instant at) {
        requireOpen("increase");
        requireFill(quantity, price, fee, "increase position " + id);
        Quantity newSize = size.plus(quantity);
        Money newCost = costBasis.plus(price.times(quantity));
        Price newAverage = Price.rounded(Decimals.divide(newCost.amount(), newSize.value()));
        return new Position(id, accountId, conditionId, tokenId, eventId, side, PositionStatus.OPEN, newSize,
                newAverage, newCost, price, realizedPnl, fees.plus(fee), openedAt, at, null, version);
    }

    /**
     * Takes {@code quantity} off at {@code price}: the reduced share of the cost basis leaves, and the
     * difference to the proceeds is realized. Reducing to zero closes the position.
     */
    public Position reduce(Quantity quantity, Price price, Money fee, Instant at) {
        requireOpen("reduce");
        requireFill(quantity, price, fee, "reduce position " + id);
        if (quantity.compareTo(size) > 0) {
            throw new IllegalTransitionException("reduce position " + id + " by " + quantity,
                    "it holds only " + size + " and a position never goes below zero");
        }
        boolean closing = quantity.compareTo(size) == 0;
        PositionStatus next = closing ? PositionStatus.CLOSED : PositionStatus.OPEN;
        return realize(quantity, price, fee, at, next);
    }

    /** Reduces the whole size at {@code price}. */
    public Position close(Price price, Money fee, Instant at) {
        requireOpen("close");
        return reduce(size, price, fee, at);
    }

    /** Pays the position out at the market's resolution: 1 for the winning token, 0 for a losing one. */
    public Position settle(boolean winningToken, Instant at) {
        return settleAt(winningToken ? Price.ONE : Price.ZERO, at);
    }

    /** Pays the position out at a settlement price (binary markets: 1 or 0). */
    public Position settleAt(Price settlementPrice, Instant at) {
        requireOpen("settle");
        return realize(size, settlementPrice, Money.ZERO, at, PositionStatus.SETTLED);
    }

    /** Values the open position at a market price; nothing is realized. */
    public Position markToMarket(Price price, Instant at) {
        requireOpen("mark to market");
        Require.nonNull(price, "price");
        return new Position(id, accountId, conditionId, tokenId, eventId, side, status, size, averageEntryPrice,
                costBasis, price, realizedPnl, fees, openedAt, at, null, version);
    }

    private Position realize(Quantity quantity, Price price, Money fee, Instant at, PositionStatus next) {
        Require.nonNull(price, "price");
        boolean all = quantity.compareTo(size) == 0;
        // the last unit takes the remaining cost exactly, so rounding never leaves cost behind; a part is
        // rounded once from the exact share (rounding twice can turn a value just below a tie into a tie)
        Money releasedCost = all ? costBasis
                : Money.of(Decimals.divide(costBasis.amount().multiply(quantity.value()), size.value()));
        Money proceeds = price.times(quantity);
        Money pnl = side == PositionSide.LONG ? proceeds.minus(releasedCost) : releasedCost.minus(proceeds);
        boolean done = next != PositionStatus.OPEN;
        return new Position(id, accountId, conditionId, tokenId, eventId, side, next, size.minus(quantity),
                averageEntryPrice, costBasis.minus(releasedCost), price, realizedPnl.plus(pnl), fees.plus(fee),
                openedAt, at, done ? at : null, version);
    }

    private void requireOpen(String action) {
        if (status != PositionStatus.OPEN) {
            throw new IllegalTransitionException(action + " position " + id,
                    "it is already " + status + (closedAt == null ? "" : " since " + closedAt));
        }
    }

    private static void requireFill(Quantity quantity, Price price, Money fee, String action) {
        Require.nonNull(quantity, "quantity");
        Require.nonNull(price, "price");
        Require.nonNull(fee, "fee");
        if (!quantity.isPositive()) {
            throw new InvalidValueException("quantity", "cannot " + action + " with quantity " + quantity);
        }
        if (fee.isNegative()) {
            throw new InvalidValueException("fee", "must not be negative, got " + fee);
        }
    }

    /**
     * Refuses this position as the next stored state of {@code stored} (the same account and id): its identity
     * (condition, token, event, side, opening time) never changes ({@link InvalidValueException} naming the
     * field), and a CLOSED or SETTLED position never becomes OPEN again ({@link IllegalTransitionException}).
     * Repositories call it on update, so every store refuses the same states, before writing anything.
     */
    public void requireSuccessorOf(Position stored) {
        Require.nonNull(stored, "stored");
        requireUnchanged("conditionId", stored.conditionId, conditionId);
        requireUnchanged("tokenId", stored.tokenId, tokenId);
        requireUnchanged("eventId", stored.eventId, eventId);
        requireUnchanged("side", stored.side, side);
        requireUnchanged("openedAt", stored.openedAt, openedAt);
        if (stored.status != PositionStatus.OPEN && status == PositionStatus.OPEN) {
            throw new IllegalTransitionException("reopen position " + id,
                    "it is already " + stored.status + " since " + stored.closedAt);
        }
    }

    private void requireUnchanged(String field, Object stored, Object next) {
        if (!Objects.equals(stored, next)) {
            throw new InvalidValueException(field, "position " + id + " cannot change from "
                    + (stored == null ? "none" : stored) + " to " + (next == null ? "none" : next));
        }
    }

    /** Size times the current price. */
    public Money currentValue() {
        Money value = currentValue;
        if (value == null) {
            value = currentPrice.times(size);
            currentValue = value; // immutable state, so a racing thread computes the same value: no lock needed
        }
        return value;
    }

    /** What the open size would realize at the current price. */
    public Money unrealizedPnl() {
        Money value = currentValue();
        return side == PositionSide.LONG ? value.minus(costBasis) : costBasis.minus(value);
    }

    /** Realized P&amp;L after fees: the figure analytics counts as a win or a loss. */
    public Money netRealizedPnl() {
        return realizedPnl.minus(fees);
    }

    public boolean isOpen() {
        return status == PositionStatus.OPEN;
    }

    public PositionId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public ConditionId conditionId() {
        return conditionId;
    }

    public TokenId tokenId() {
        return tokenId;
    }

    public Optional<EventId> eventId() {
        return Optional.ofNullable(eventId);
    }

    public PositionSide side() {
        return side;
    }

    public PositionStatus status() {
        return status;
    }

    public Quantity size() {
        return size;
    }

    public Price averageEntryPrice() {
        return averageEntryPrice;
    }

    public Money costBasis() {
        return costBasis;
    }

    public Price currentPrice() {
        return currentPrice;
    }

    public Money realizedPnl() {
        return realizedPnl;
    }

    public Money fees() {
        return fees;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public long version() {
        return version;
    }

    /** The same state at the version the store now holds; only repositories call this after a write. */
    public Position withVersion(long storedVersion) {
        return new Position(id, accountId, conditionId, tokenId, eventId, side, status, size, averageEntryPrice,
                costBasis, currentPrice, realizedPnl, fees, openedAt, updatedAt, closedAt, storedVersion);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Position p)) {
            return false;
        }
        return version == p.version && id.equals(p.id) && accountId.equals(p.accountId)
                && conditionId.equals(p.conditionId) && tokenId.equals(p.tokenId) && Objects.equals(eventId, p.eventId)
                && side == p.side && status == p.status && size.equals(p.size)
                && averageEntryPrice.equals(p.averageEntryPrice) && costBasis.equals(p.costBasis)
                && currentPrice.equals(p.currentPrice) && realizedPnl.equals(p.realizedPnl) && fees.equals(p.fees)
                && openedAt.equals(p.openedAt) && updatedAt.equals(p.updatedAt) && Objects.equals(closedAt, p.closedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, accountId, version, status, size);
    }

    @Override
    public String toString() {
        return "Position[" + id + " " + accountId + " " + tokenId + " " + side + " " + status + " size=" + size
                + " avg=" + averageEntryPrice + " cost=" + costBasis + " realized=" + realizedPnl + " fees=" + fees
                + " v" + version + "]";
    }
}
