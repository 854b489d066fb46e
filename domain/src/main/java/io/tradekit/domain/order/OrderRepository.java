package io.tradekit.domain.order;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Orders and their fills. An order is keyed by (account, client order id); its venue order id is unique per
 * (account, venue); a fill is keyed by (account, venue, fill id). Updates are optimistic: the stored version
 * must still be the one the order was read at, else {@link io.tradekit.domain.shared.StaleVersionException}.
 * Every list comes in a stated order; every query is scoped by account.
 */
public interface OrderRepository {
    /**
     * Stores a new order as it is.
     *
     * @return true when it was new; false when the account already has an order with its client id (left
     *         unchanged: submitting twice is one order)
     * @throws io.tradekit.domain.shared.DuplicateKeyException when its venue order id belongs to another order
     */
    boolean insertIfAbsent(Order order);

    /**
     * Stores the next state of an order read at {@code order.version()}.
     *
     * @return the order at its new stored version (one more)
     * @throws io.tradekit.domain.shared.StaleVersionException when someone stored a newer version first
     * @throws io.tradekit.domain.shared.DuplicateKeyException when its venue order id belongs to another order
     */
    Order update(Order order);

    /**
     * Books a fill and its order only (no position, no ledger): {@link #book} with {@link FillBooking#of}.
     *
     * @return the order at its new stored version; empty when the fill was already booked (nothing written)
     * @throws io.tradekit.domain.shared.StaleVersionException when the order moved on since it was read
     */
    default Optional<Order> recordFill(Order order, Fill fill) {
        return book(FillBooking.of(new Order.Booking(order, fill))).map(FillBooking::order);
    }

    /**
     * Stores everything one fill moves, all or nothing, in one write: the fill unless its (account, venue, fill
     * id) is booked already; the order's next state over the version it was read at; the position (inserted
     * when the fill opened it, else over the version read); the ledger (inserted at version 1 when read at 0,
     * else over the version read) with the entries booked on it. Stores check keys and versions; they compute
     * nothing.
     *
     * @return the booking as stored (order, position and ledger at their new versions); empty when the fill was
     *         already booked (nothing written)
     * @throws io.tradekit.domain.shared.StaleVersionException when the order, the position or the ledger moved on
     *         since it was read, or a position in the token was opened meanwhile: the unit of work it ran in is
     *         rolled back (re-run it whole; it reads again)
     * @throws io.tradekit.domain.shared.DuplicateKeyException when the fill id was booked meanwhile on another
     *         order; the unit of work is rolled back as well
     */
    Optional<FillBooking> book(FillBooking booking);

    Optional<Order> findByClientId(AccountId accountId, ClientOrderId clientOrderId);

    Optional<Order> findByVenueId(AccountId accountId, VenueId venue, VenueOrderId venueOrderId);

    /** The order a reference names. */
    default Optional<Order> find(AccountId accountId, OrderRef ref) {
        if (ref instanceof OrderRef.ByClientId c) {
            return findByClientId(accountId, c.clientOrderId());
        }
        OrderRef.ByVenueId v = (OrderRef.ByVenueId) ref;
        return findByVenueId(accountId, v.venue(), v.venueOrderId());
    }

    /**
     * What booking fill {@code fillId} on the referenced order needs, in one round trip: the order, the fill if
     * that id is booked already (on the order's venue), the account's open position in the order's token and the
     * account's ledger (its running figures, without day entries). Empty when there is no such order.
     */
    Optional<FillContext> findForFill(AccountId accountId, OrderRef ref, FillId fillId);

    /** The account's open orders (SUBMITTED, ACKNOWLEDGED, PARTIALLY_FILLED, CANCEL_REQUESTED), by (created, client id). */
    List<Order> findOpen(AccountId accountId);

    /** The account's orders in one market, by (created, client id). */
    List<Order> findByMarket(AccountId accountId, ConditionId conditionId);

    /** The orders of a group, by (created, client id). */
    List<Order> findByGroup(AccountId accountId, OrderGroupId groupId);

    Optional<Fill> findFill(AccountId accountId, VenueId venue, FillId fillId);

    /** The fills of an order, by (filled at, fill id). */
    List<Fill> fillsOf(AccountId accountId, ClientOrderId clientOrderId);

    /** The account's fills with {@code from <= filled at < to}, by (filled at, venue, fill id). */
    List<Fill> fillsBetween(AccountId accountId, Instant from, Instant to);
}
