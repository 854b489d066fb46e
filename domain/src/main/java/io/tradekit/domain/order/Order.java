package io.tradekit.domain.order;

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
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.trade.LegStatus;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An order of our own, from the moment a bot decides it (NEW) to its end (FILLED, CANCELLED, REJECTED or
 * EXPIRED); see {@link OrderStatus} for the legal moves. Identified by (account, client order id); the venue's
 * order id is set once, when the venue acknowledges it. Fills are booked through {@link #book}: the filled
 * quantity never exceeds the order's quantity, and the average fill price is the filled notional over the
 * filled quantity. Immutable: every transition returns the next state at the same {@link #version()}; the
 * repository bumps the version when it stores it (optimistic locking).
 */
public final class Order {
    private final AccountId accountId;
    private final ClientOrderId clientOrderId;
    private final VenueId venue;
    private final VenueOrderId venueOrderId;
    private final ConditionId conditionId;
    private final TokenId tokenId;
    private final EventId eventId;
    private final OrderGroupId groupId;
    private final Side side;
    private final OrderType type;
    private final Price limitPrice;
    private final Quantity quantity;
    private final TimeInForce timeInForce;
    private final OrderMode mode;
    private final boolean external;
    private final OrderStatus status;
    private final Quantity filledQuantity;
    private final Money filledNotional;
    private final Money fees;
    private final String reason;
    private final Map<OrderStatus, Instant> enteredAt;
    private final Instant updatedAt;
    private final long version;

    private Order(AccountId accountId, ClientOrderId clientOrderId, VenueId venue, VenueOrderId venueOrderId,
            ConditionId conditionId, TokenId tokenId, EventId eventId, OrderGroupId groupId, Side side, OrderType type,
            Price limitPrice, Quantity quantity, TimeInForce timeInForce, OrderMode mode, boolean external,
            OrderStatus status, Quantity filledQuantity, Money filledNotional, Money fees, String reason,
            Map<OrderStatus, Instant> enteredAt, Instant updatedAt, long version) {
        this.accountId = Require.nonNull(accountId, "accountId");
        this.clientOrderId = Require.nonNull(clientOrderId, "clientOrderId");
        this.venue = Require.nonNull(venue, "venue");
        this.venueOrderId = venueOrderId;
        this.conditionId = Require.nonNull(conditionId, "conditionId");
        this.tokenId = Require.nonNull(tokenId, "tokenId");
        this.eventId = eventId;
        this.groupId = groupId;
        this.side = Require.nonNull(side, "side");
        this.type = Require.nonNull(type, "type");
        this.limitPrice = limitPrice;
        this.quantity = Require.nonNull(quantity, "quantity");
        this.timeInForce = Require.nonNull(timeInForce, "timeInForce");
        this.mode = Require.nonNull(mode, "mode");
        this.external = external;
        this.status = Require.nonNull(status, "status");
        this.filledQuantity = Require.nonNull(filledQuantity, "filledQuantity");
        this.filledNotional = Require.nonNull(filledNotional, "filledNotional");
        this.fees = Require.nonNull(fees, "fees");
        this.reason = reason;
        Require.nonNull(enteredAt, "enteredAt");
        EnumMap<OrderStatus, Instant> times = new EnumMap<>(OrderStatus.class);
        enteredAt.forEach((s, t) -> times.put(Require.nonNull(s, "enteredAt"), Times.micros(t, "enteredAt." + s)));
        this.enteredAt = Collections.unmodifiableMap(times);
        this.updatedAt = Times.micros(updatedAt, "updatedAt");
        this.version = version;
        checkInvariants();
    }

    private void checkInvariants() {
        if (version < 0) {
            throw new InvalidValueException("version", "must not be negative, got " + version);
        }
        if (!quantity.isPositive()) {
            throw new InvalidValueException("quantity", "an order has a positive quantity, got " + quantity);
        }
        if (type == OrderType.LIMIT && limitPrice == null) {
            throw new InvalidValueException("limitPrice", "a LIMIT order has a limit price");
        }
        if (type == OrderType.MARKET && limitPrice != null) {
            throw new InvalidValueException("limitPrice", "a MARKET order has no limit price, got " + limitPrice);
        }
        if (filledQuantity.compareTo(quantity) > 0) {
            throw new InvalidValueException("filledQuantity", filledQuantity + " exceeds the order's " + quantity);
        }
        if (filledQuantity.isZero() && !filledNotional.isZero()) {
            throw new InvalidValueException("filledNotional", "an order with nothing filled has no filled notional");
        }
        if (filledNotional.isNegative()) {
            throw new InvalidValueException("filledNotional", "must not be negative, got " + filledNotional);
        }
        if (fees.isNegative()) {
            throw new InvalidValueException("fees", "must not be negative, got " + fees);
        }
        boolean full = filledQuantity.compareTo(quantity) == 0;
        if (full != (status == OrderStatus.FILLED)) {
            throw new InvalidValueException("status", status + " contradicts filled " + filledQuantity + " of "
                    + quantity);
        }
        if (status == OrderStatus.PARTIALLY_FILLED && filledQuantity.isZero()) {
            throw new InvalidValueException("status", "PARTIALLY_FILLED with nothing filled");
        }
        if ((status == OrderStatus.NEW || status == OrderStatus.SUBMITTED || status == OrderStatus.ACKNOWLEDGED
                || status == OrderStatus.REJECTED) && !filledQuantity.isZero()) {
            throw new InvalidValueException("filledQuantity", "a " + status + " order has nothing filled, got "
                    + filledQuantity);
        }
        if (status == OrderStatus.ACKNOWLEDGED && venueOrderId == null) {
            throw new InvalidValueException("venueOrderId", "an ACKNOWLEDGED order has the venue's order id");
        }
        if (!enteredAt.containsKey(OrderStatus.NEW) || !enteredAt.containsKey(status)) {
            throw new InvalidValueException("enteredAt", "has the time the order was NEW and became " + status
                    + ", got " + enteredAt.keySet());
        }
        if (reason != null && reason.isBlank()) {
            throw new InvalidValueException("reason", "must not be blank when given");
        }
    }

    /** A new order, not yet sent to the venue. {@code limitPrice} is null for a MARKET order; event and group optional. */
    public static Order place(AccountId accountId, ClientOrderId clientOrderId, VenueId venue, ConditionId conditionId,
            TokenId tokenId, EventId eventId, OrderGroupId groupId, Side side, OrderType type, Price limitPrice,
            Quantity quantity, TimeInForce timeInForce, OrderMode mode, Instant at) {
        return new Order(accountId, clientOrderId, venue, null, conditionId, tokenId, eventId, groupId, side, type,
                limitPrice, quantity, timeInForce, mode, false, OrderStatus.NEW, Quantity.ZERO, Money.ZERO, Money.ZERO,
                null, Map.of(OrderStatus.NEW, Require.nonNull(at, "at")), at, 0);
    }

    /**
     * An order the venue lists and the store lacked (placed by hand, or by a run whose write was lost): adopted
     * as ACKNOWLEDGED and marked external, with the client id the caller derives from the venue id.
     */
    public static Order adopt(AccountId accountId, ClientOrderId clientOrderId, VenueId venue,
            VenueOrderId venueOrderId, ConditionId conditionId, TokenId tokenId, Side side, OrderType type,
            Price limitPrice, Quantity quantity, TimeInForce timeInForce, OrderMode mode, Instant at) {
        Require.nonNull(venueOrderId, "venueOrderId");
        Require.nonNull(at, "at");
        Map<OrderStatus, Instant> times = Map.of(OrderStatus.NEW, at, OrderStatus.SUBMITTED, at,
                OrderStatus.ACKNOWLEDGED, at);
        return new Order(accountId, clientOrderId, venue, venueOrderId, conditionId, tokenId, null, null, side, type,
                limitPrice, quantity, timeInForce, mode, true, OrderStatus.ACKNOWLEDGED, Quantity.ZERO, Money.ZERO,
                Money.ZERO, null, times, at, 0);
    }

    /** Rebuilds a stored order exactly as it was saved; only storage adapters call this. */
    public static Order restore(AccountId accountId, ClientOrderId clientOrderId, VenueId venue,
            VenueOrderId venueOrderId, ConditionId conditionId, TokenId tokenId, EventId eventId, OrderGroupId groupId,
            Side side, OrderType type, Price limitPrice, Quantity quantity, TimeInForce timeInForce, OrderMode mode,
            boolean external, OrderStatus status, Quantity filledQuantity, Money filledNotional, Money fees,
            String reason, Map<OrderStatus, Instant> enteredAt, Instant updatedAt, long version) {
        return new Order(accountId, clientOrderId, venue, venueOrderId, conditionId, tokenId, eventId, groupId, side,
                type, limitPrice, quantity, timeInForce, mode, external, status, filledQuantity, filledNotional, fees,
                reason, enteredAt, updatedAt, version);
    }

    /** NEW -> SUBMITTED: sent to the venue. */
    public Order submit(Instant at) {
        requireMove(OrderStatus.SUBMITTED, "submit");
        return next(OrderStatus.SUBMITTED, venueOrderId, reason, at);
    }

    /**
     * SUBMITTED -> ACKNOWLEDGED with the venue's order id, set once. When fills overtook the acknowledgement
     * (the order is already filling, or done), the id is recorded and the status stays. Acknowledging again
     * with the same id returns this order unchanged; with another id it is an error.
     */
    public Order acknowledge(VenueOrderId id, Instant at) {
        Require.nonNull(id, "venueOrderId");
        if (venueOrderId != null) {
            if (venueOrderId.equals(id)) {
                return this;
            }
            throw new IllegalTransitionException("acknowledge order " + clientOrderId + " as " + id,
                    "its venue order id is already " + venueOrderId + " and is set once");
        }
        if (status == OrderStatus.SUBMITTED) {
            return next(OrderStatus.ACKNOWLEDGED, id, reason, at);
        }
        if (status == OrderStatus.NEW || status == OrderStatus.REJECTED) {
            throw illegal(OrderStatus.ACKNOWLEDGED, "acknowledge");
        }
        Map<OrderStatus, Instant> times = new EnumMap<>(enteredAt);
        times.putIfAbsent(OrderStatus.ACKNOWLEDGED, Require.nonNull(at, "at"));
        return copy(status, id, filledQuantity, filledNotional, fees, reason, times, at);
    }

    /** NEW or SUBMITTED -> REJECTED, with the venue's (or the risk check's) reason. */
    public Order reject(String why, Instant at) {
        requireReason(why);
        requireMove(OrderStatus.REJECTED, "reject");
        return next(OrderStatus.REJECTED, venueOrderId, why, at);
    }

    /** An open order -> CANCEL_REQUESTED: the cancel is on its way; fills may still arrive. */
    public Order requestCancel(Instant at) {
        requireMove(OrderStatus.CANCEL_REQUESTED, "request the cancel of");
        return next(OrderStatus.CANCEL_REQUESTED, venueOrderId, reason, at);
    }

    /** An open order -> CANCELLED, with a reason (ours, or the venue's). */
    public Order cancel(String why, Instant at) {
        requireReason(why);
        requireMove(OrderStatus.CANCELLED, "cancel");
        return next(OrderStatus.CANCELLED, venueOrderId, why, at);
    }

    /** An open order -> EXPIRED: its time in force ran out. */
    public Order expire(Instant at) {
        requireMove(OrderStatus.EXPIRED, "expire");
        return next(OrderStatus.EXPIRED, venueOrderId, reason, at);
    }

    /**
     * Books a fill: adds its quantity, notional and fee. A fill that completes the order makes it FILLED (also
     * after a cancel: the venue filled it); otherwise an order at the venue becomes PARTIALLY_FILLED, and a
     * CANCEL_REQUESTED, CANCELLED or EXPIRED one keeps its status. A fill on a CANCELLED or EXPIRED order is
     * booked and noted ({@link Fill#afterCancel()}).
     *
     * @throws OverfillException when the fill would take the order past its quantity
     * @throws IllegalTransitionException when the order cannot be filling (NEW, REJECTED)
     */
    public Booking book(Fill fill) {
        Require.nonNull(fill, "fill");
        if (!fill.accountId().equals(accountId) || !fill.clientOrderId().equals(clientOrderId)
                || !fill.venue().equals(venue)) {
            throw new InvalidValueException("fill", "fill " + fill.fillId() + " is for " + fill.accountId() + "/"
                    + fill.venue() + "/" + fill.clientOrderId() + ", not order " + accountId + "/" + venue + "/"
                    + clientOrderId);
        }
        Quantity filled = filledQuantity.plus(fill.quantity());
        if (filled.compareTo(quantity) > 0) {
            throw new OverfillException("cannot book fill " + fill.fillId() + " of " + fill.quantity() + " on order "
                    + clientOrderId + ": it has " + filledQuantity + " of " + quantity + " filled, and "
                    + filled + " would exceed it");
        }
        boolean full = filled.compareTo(quantity) == 0;
        OrderStatus target = full ? OrderStatus.FILLED
                : switch (status) {
                    case CANCEL_REQUESTED, CANCELLED, EXPIRED -> status;
                    default -> OrderStatus.PARTIALLY_FILLED;
                };
        if (!status.canMoveTo(target)) {
            throw illegal(target, "book fill " + fill.fillId() + " on");
        }
        boolean late = status == OrderStatus.CANCELLED || status == OrderStatus.EXPIRED;
        Fill booked = late ? fill.bookedAfterCancel() : fill;
        Map<OrderStatus, Instant> times = new EnumMap<>(enteredAt);
        times.putIfAbsent(target, fill.filledAt());
        Instant at = fill.filledAt().isAfter(updatedAt) ? fill.filledAt() : updatedAt;
        Order next = copy(target, venueOrderId, filled, filledNotional.plus(fill.notional()), fees.plus(fill.fee()),
                reason, times, at);
        return new Booking(next, booked);
    }

    /** The order after a fill, and the fill as booked (with its afterCancel note). */
    public record Booking(Order order, Fill fill) {
    }

    private void requireMove(OrderStatus target, String action) {
        if (status == target || !status.canMoveTo(target)) {
            throw illegal(target, action);
        }
    }

    private IllegalTransitionException illegal(OrderStatus target, String action) {
        return new IllegalTransitionException(action + " order " + clientOrderId,
                "it cannot move from " + status + " to " + target + " (from " + status + ": "
                        + (status.next().isEmpty() ? "none, it is final" : status.next()) + ")");
    }

    private static void requireReason(String why) {
        Require.nonNull(why, "reason");
        if (why.isBlank()) {
            throw new InvalidValueException("reason", "must not be blank");
        }
    }

    private Order next(OrderStatus target, VenueOrderId id, String why, Instant at) {
        Require.nonNull(at, "at");
        Map<OrderStatus, Instant> times = new EnumMap<>(enteredAt);
        times.putIfAbsent(target, at);
        return copy(target, id, filledQuantity, filledNotional, fees, why, times, at);
    }

    private Order copy(OrderStatus nextStatus, VenueOrderId id, Quantity filled, Money notional, Money fee,
            String why, Map<OrderStatus, Instant> times, Instant at) {
        return new Order(accountId, clientOrderId, venue, id, conditionId, tokenId, eventId, groupId, side, type,
                limitPrice, quantity, timeInForce, mode, external, nextStatus, filled, notional, fee, why, times, at,
                version);
    }

    /** The same state at the version the store now holds; only repositories call this after a write. */
    public Order withVersion(long storedVersion) {
        return new Order(accountId, clientOrderId, venue, venueOrderId, conditionId, tokenId, eventId, groupId, side,
                type, limitPrice, quantity, timeInForce, mode, external, status, filledQuantity, filledNotional, fees,
                reason, enteredAt, updatedAt, storedVersion);
    }

    /** What is left to fill. */
    public Quantity remainingQuantity() {
        return quantity.minus(filledQuantity);
    }

    /** Filled notional over filled quantity; empty while nothing is filled. */
    public Optional<Price> averageFillPrice() {
        if (filledQuantity.isZero()) {
            return Optional.empty();
        }
        return Optional.of(Price.rounded(Decimals.divide(filledNotional.amount(), filledQuantity.value())));
    }

    /** As a leg of a group: FILLED when all of it filled, FAILED when none did, PARTIAL otherwise. */
    public LegStatus legStatus() {
        return filledQuantity.isZero() ? LegStatus.FAILED
                : filledQuantity.compareTo(quantity) == 0 ? LegStatus.FILLED : LegStatus.PARTIAL;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public AccountId accountId() {
        return accountId;
    }

    public ClientOrderId clientOrderId() {
        return clientOrderId;
    }

    public VenueId venue() {
        return venue;
    }

    public Optional<VenueOrderId> venueOrderId() {
        return Optional.ofNullable(venueOrderId);
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

    public Optional<OrderGroupId> groupId() {
        return Optional.ofNullable(groupId);
    }

    public Side side() {
        return side;
    }

    public OrderType type() {
        return type;
    }

    public Optional<Price> limitPrice() {
        return Optional.ofNullable(limitPrice);
    }

    public Quantity quantity() {
        return quantity;
    }

    public TimeInForce timeInForce() {
        return timeInForce;
    }

    public OrderMode mode() {
        return mode;
    }

    /** True for an order adopted from the venue's view, not placed through the kit. */
    public boolean external() {
        return external;
    }

    public OrderStatus status() {
        return status;
    }

    public Quantity filledQuantity() {
        return filledQuantity;
    }

    /** Sum of price x quantity over the booked fills. */
    public Money filledNotional() {
        return filledNotional;
    }

    public Money fees() {
        return fees;
    }

    /** Why it was rejected or cancelled; empty otherwise. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** When the order first entered each status it went through. */
    public Map<OrderStatus, Instant> enteredAt() {
        return enteredAt;
    }

    public Optional<Instant> enteredAt(OrderStatus s) {
        return Optional.ofNullable(enteredAt.get(s));
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Order x)) {
            return false;
        }
        return version == x.version && external == x.external && accountId.equals(x.accountId)
                && clientOrderId.equals(x.clientOrderId) && venue.equals(x.venue)
                && Objects.equals(venueOrderId, x.venueOrderId) && conditionId.equals(x.conditionId)
                && tokenId.equals(x.tokenId) && Objects.equals(eventId, x.eventId) && Objects.equals(groupId, x.groupId)
                && side == x.side && type == x.type && Objects.equals(limitPrice, x.limitPrice)
                && quantity.equals(x.quantity) && timeInForce == x.timeInForce && mode == x.mode && status == x.status
                && filledQuantity.equals(x.filledQuantity) && filledNotional.equals(x.filledNotional)
                && fees.equals(x.fees) && Objects.equals(reason, x.reason) && enteredAt.equals(x.enteredAt)
                && updatedAt.equals(x.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, clientOrderId, version, status, filledQuantity);
    }

    @Override
    public String toString() {
        return "Order[" + accountId + "/" + clientOrderId + " " + venue + (venueOrderId == null ? "" : "/" + venueOrderId)
                + " " + mode + " " + side + " " + quantity + " " + tokenId + " " + type
                + (limitPrice == null ? "" : "@" + limitPrice) + " " + status + " filled=" + filledQuantity + " v"
                + version + "]";
    }
}
