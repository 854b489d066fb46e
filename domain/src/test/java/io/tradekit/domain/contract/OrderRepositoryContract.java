package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.Fill;
import io.tradekit.domain.order.FillBooking;
import io.tradekit.domain.order.FillContext;
import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Liquidity;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderGroupId;
import io.tradekit.domain.order.OrderRef;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.order.OrderStatus;
import io.tradekit.domain.order.TimeInForce;
import io.tradekit.domain.order.VenueId;
import io.tradekit.domain.order.VenueOrderId;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.DuplicateKeyException;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import io.tradekit.domain.testdata.Ledgers;
import io.tradekit.domain.testdata.Orders;
import io.tradekit.domain.testdata.Positions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrderRepository} must do: every transition stored and read back exactly; idempotent
 * insert by (account, client id); the venue order id unique per (account, venue); optimistic updates; a fill
 * booked once per (account, venue, fill id) with its order, both or neither, also when racing; the fill context
 * in one read; the queries in their stated order, scoped by account.
 */
public abstract class OrderRepositoryContract {
    /** The store under test; called once per test. */
    protected abstract StoreUnderTest store();

    private StoreUnderTest store;
    private OrderRepository orders;
    private AccountId account;
    private ConditionId market;
    private TokenId yes;
    private final Instant t = Instants.T0;

    @BeforeEach
    void setUpStore() {
        store = store();
        orders = store.orders();
        account = Ids.account();
        market = Ids.condition();
        yes = Ids.token();
    }

    private Orders.Builder order() {
        return Orders.order(account).market(market, yes).at(t);
    }

    private Order stored(Order order) {
        assertThat(orders.insertIfAbsent(order)).isTrue();
        return order;
    }

    private Order reread(Order order) {
        return orders.findByClientId(order.accountId(), order.clientOrderId()).orElseThrow();
    }

    private Order book(Order order, Fill fill) {
        Order.Booking booking = order.book(fill);
        return orders.recordFill(booking.order(), booking.fill()).orElseThrow();
    }

    // ---- every transition persisted

    @Test
    void everyTransitionIsStoredAndReadBackExactly() {
        Order o = stored(order().event(Ids.event()).group(OrderGroupId.of(Ids.unique("g")))
                .timeInForce(TimeInForce.GTD).build());
        assertThat(reread(o)).isEqualTo(o);
        o = orders.update(o.submit(t.plusSeconds(1)));
        assertThat(reread(o)).isEqualTo(o).extracting(Order::version).isEqualTo(1L);
        o = orders.update(o.acknowledge(Orders.venueOrder(), t.plusMillis(2001).plusNanos(654_000)));
        assertThat(reread(o)).isEqualTo(o);
        o = book(o, Orders.fill(o, Orders.fillId(), "2.5", "0.41", "0.0123", t.plusSeconds(3)));
        assertThat(reread(o)).isEqualTo(o);
        assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        o = orders.update(o.requestCancel(t.plusSeconds(4)));
        assertThat(reread(o)).isEqualTo(o);
        o = orders.update(o.cancel("user asked", t.plusSeconds(5)));
        assertThat(reread(o)).isEqualTo(o);
        assertThat(reread(o).reason()).contains("user asked");
        assertThat(reread(o).enteredAt()).containsOnlyKeys(OrderStatus.NEW, OrderStatus.SUBMITTED,
                OrderStatus.ACKNOWLEDGED, OrderStatus.PARTIALLY_FILLED, OrderStatus.CANCEL_REQUESTED,
                OrderStatus.CANCELLED);
        assertThat(o.version()).isEqualTo(5);
    }

    @Test
    void theOtherEndsAreStoredToo() {
        Order rejected = stored(order().build());
        rejected = orders.update(rejected.submit(t).reject("insufficient balance", t.plusSeconds(1)));
        assertThat(reread(rejected)).isEqualTo(rejected);

        Order expired = stored(order().market().build().submit(t));
        expired = orders.update(expired.expire(t.plusSeconds(1)));
        assertThat(reread(expired)).isEqualTo(expired);
        assertThat(reread(expired).limitPrice()).isEmpty();

        Order filled = stored(order().paper().build().submit(t));
        filled = book(filled, Orders.fill(filled, "10", "0.39", t.plusSeconds(1)));
        assertThat(reread(filled)).isEqualTo(filled);
        assertThat(reread(filled).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(reread(filled).averageFillPrice()).contains(Price.of("0.39"));
    }

    @Test
    void theEndsOfTheTimeRangeRoundTrip() {
        for (Instant end : List.of(Times.EARLIEST, Times.LATEST)) {
            Order o = stored(Orders.order(account).market(market, yes).at(end).build());
            assertThat(reread(o)).isEqualTo(o);
        }
    }

    // ---- identity

    @Test
    void insertIsIdempotentByClientIdAndKeepsTheFirst() {
        Order first = stored(order().build());
        Order retry = order().id(first.clientOrderId()).quantity("99").build();
        assertThat(orders.insertIfAbsent(first)).isFalse();
        assertThat(orders.insertIfAbsent(retry)).isFalse();
        assertThat(reread(first)).isEqualTo(first);
    }

    @Test
    void theSameClientIdInTwoAccountsIsTwoOrders() {
        AccountId other = Ids.account();
        ClientOrderId id = Orders.clientOrder();
        Order mine = stored(order().id(id).build());
        Order theirs = stored(Orders.order(other).id(id).quantity("3").build());
        assertThat(orders.findByClientId(account, id)).contains(mine);
        assertThat(orders.findByClientId(other, id)).contains(theirs);
    }

    @Test
    void theVenueOrderIdIsUniquePerAccountAndVenue() {
        VenueOrderId venueId = Orders.venueOrder();
        Order a = stored(order().build().submit(t));
        a = orders.update(a.acknowledge(venueId, t));
        Order b = stored(order().build().submit(t));
        Order bAcked = b.acknowledge(venueId, t);
        assertThatThrownBy(() -> orders.update(bAcked)).isInstanceOf(DuplicateKeyException.class);
        assertThat(reread(b)).isEqualTo(b);
        assertThat(orders.findByVenueId(account, Orders.VENUE, venueId)).contains(a);

        Order elsewhere = stored(order().venue(VenueId.of("kalshi")).build().submit(t));
        elsewhere = orders.update(elsewhere.acknowledge(venueId, t));
        assertThat(orders.findByVenueId(account, VenueId.of("kalshi"), venueId)).contains(elsewhere);
        AccountId other = Ids.account();
        Order theirs = Orders.order(other).build().submit(t);
        orders.insertIfAbsent(theirs);
        theirs = orders.update(theirs.acknowledge(venueId, t));
        assertThat(orders.findByVenueId(other, Orders.VENUE, venueId)).contains(theirs);
        assertThat(orders.findByVenueId(account, Orders.VENUE, Orders.venueOrder())).isEmpty();
    }

    @Test
    void aStaleUpdateIsRefusedAndWritesNothing() {
        Order o = stored(order().build());
        Order submitted = orders.update(o.submit(t));
        assertThatThrownBy(() -> orders.update(o.reject("late", t))).isInstanceOf(StaleVersionException.class);
        assertThat(reread(o)).isEqualTo(submitted);
    }

    // ---- fills

    @Test
    void aFillIsBookedOnceAndTheSecondTimeNothingChanges() {
        Order o = stored(order().build().submit(t));
        Fill fill = Orders.fill(o, "4", "0.40", t.plusSeconds(1));
        Order after = book(o, fill);
        Order.Booking again = after.book(fill);
        assertThat(orders.recordFill(again.order(), again.fill())).isEmpty();
        assertThat(reread(o)).isEqualTo(after);
        assertThat(orders.fillsOf(account, o.clientOrderId())).containsExactly(fill);
        assertThat(orders.findFill(account, o.venue(), fill.fillId())).contains(fill);
    }

    @Test
    void theSameFillFromManyThreadsIsBookedOnce() {
        Order o = stored(order().build().submit(t));
        Fill fill = Orders.fill(o, "4", "0.40", t.plusSeconds(1));
        Order.Booking booking = o.book(fill);
        List<Boolean> results = Concurrently.race(Concurrently.THREADS, i -> {
            try {
                return store.unitOfWork().inTransaction(() -> orders.recordFill(booking.order(), booking.fill())
                        .isPresent());
            } catch (StaleVersionException e) {
                return false;
            }
        });
        assertThat(results).containsOnlyOnce(true);
        assertThat(orders.fillsOf(account, o.clientOrderId())).containsExactly(fill);
        assertThat(reread(o).filledQuantity()).isEqualTo(Quantity.of("4"));
        assertThat(reread(o).version()).isEqualTo(1);
    }

    @Test
    void aFillOnAStaleOrderIsRefusedWithNothingWritten() {
        Order o = stored(order().build().submit(t));
        Order.Booking booking = o.book(Orders.fill(o, "4", "0.40", t.plusSeconds(1)));
        Order moved = orders.update(o.acknowledge(Orders.venueOrder(), t));
        assertThatThrownBy(() -> orders.recordFill(booking.order(), booking.fill()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(reread(o)).isEqualTo(moved);
        assertThat(orders.findFill(account, o.venue(), booking.fill().fillId())).isEmpty();
    }

    @Test
    void aFillRolledBackWithItsUnitLeavesNothing() {
        Order o = stored(order().build().submit(t));
        Fill fill = Orders.fill(o, "4", "0.40", t.plusSeconds(1));
        assertThatThrownBy(() -> store.unitOfWork().run(() -> {
            book(o, fill);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(reread(o)).isEqualTo(o);
        assertThat(orders.findFill(account, o.venue(), fill.fillId())).isEmpty();
        assertThat(book(o, fill).filledQuantity()).isEqualTo(Quantity.of("4"));
    }

    @Test
    void theFillIdIsUniquePerAccountAndVenue() {
        FillId id = Orders.fillId();
        Order a = stored(order().build().submit(t));
        Order b = stored(order().venue(VenueId.of("kalshi")).build().submit(t));
        book(a, Orders.fill(a, id, "1", "0.4", "0", t));
        book(b, Orders.fill(b, id, "2", "0.4", "0", t));
        AccountId other = Ids.account();
        Order theirs = Orders.order(other).build().submit(t);
        orders.insertIfAbsent(theirs);
        book(theirs, Orders.fill(theirs, id, "3", "0.4", "0", t));
        assertThat(orders.findFill(account, Orders.VENUE, id).orElseThrow().quantity()).isEqualTo(Quantity.of("1"));
        assertThat(orders.findFill(account, VenueId.of("kalshi"), id).orElseThrow().quantity())
                .isEqualTo(Quantity.of("2"));
        assertThat(orders.findFill(other, Orders.VENUE, id).orElseThrow().quantity()).isEqualTo(Quantity.of("3"));
    }

    @Test
    void aFillAfterCancelIsStoredWithItsNote() {
        Order o = stored(order().build().submit(t));
        o = orders.update(o.cancel("by the bot", t.plusSeconds(1)));
        Order.Booking booking = o.book(Fill.of(account, o.venue(), FillId.derived("tr-1", "mk-1"), o.clientOrderId(),
                Quantity.of("1.5"), Price.of("0.4"), Money.of("0.001"), Liquidity.MAKER, t.plusSeconds(2)));
        Order after = orders.recordFill(booking.order(), booking.fill()).orElseThrow();
        assertThat(after.status()).isEqualTo(OrderStatus.CANCELLED);
        Fill read = orders.findFill(account, o.venue(), FillId.derived("tr-1", "mk-1")).orElseThrow();
        assertThat(read).isEqualTo(booking.fill());
        assertThat(read.afterCancel()).isTrue();
        assertThat(read.liquidity()).isEqualTo(Liquidity.MAKER);
    }

    // ---- the fill context

    @Test
    void theFillContextHasTheOrderTheBookedFillAndTheOpenPosition() {
        Order o = stored(order().build().submit(t));
        o = orders.update(o.acknowledge(Orders.venueOrder(), t));
        Fill fill = Orders.fill(o, "4", "0.40", t.plusSeconds(1));
        FillId fresh = Orders.fillId();

        FillContext before = orders.findForFill(account, OrderRef.client(o.clientOrderId()), fill.fillId())
                .orElseThrow();
        assertThat(before.order()).isEqualTo(o);
        assertThat(before.bookedFill()).isEmpty();
        assertThat(before.openPosition()).isEmpty();
        assertThat(before.ledger()).isEmpty();

        Order after = book(o, fill);
        Position open = store.positions().insert(Positions.open(account).condition(market).token(yes).build());
        store.positions().insert(Positions.open(account).condition(market).token(Ids.token()).build());

        FillContext byVenue = orders.findForFill(account,
                OrderRef.venue(o.venue(), o.venueOrderId().orElseThrow()), fill.fillId()).orElseThrow();
        assertThat(byVenue.order()).isEqualTo(after);
        assertThat(byVenue.bookedFill()).contains(fill);
        assertThat(byVenue.openPosition()).contains(open);
        Ledgers.update(store.ledgers(), account, l -> l.book(t, Money.ZERO, Money.of("1"), 1));
        assertThat(orders.findForFill(account, OrderRef.client(o.clientOrderId()), fill.fillId()).orElseThrow()
                .ledger()).isPresent().isEqualTo(store.ledgers().find(account, Instant.MAX));
        assertThat(orders.findForFill(account, OrderRef.client(o.clientOrderId()), fresh).orElseThrow().bookedFill())
                .isEmpty();
        assertThat(orders.findForFill(account, OrderRef.client(Orders.clientOrder()), fresh)).isEmpty();
        assertThat(orders.findForFill(Ids.account(), OrderRef.client(o.clientOrderId()), fresh)).isEmpty();
    }

    // ---- one fill with everything it moves (RecordFill's single write)

    private Position openedBy(Fill fill) {
        return Positions.open(account).condition(market).token(yes).size(fill.quantity().value().toPlainString())
                .price("0.40").at(fill.filledAt()).build();
    }

    private static AccountLedger posted(AccountLedger ledger, Fill fill) {
        return ledger.book(fill.filledAt(), Money.ZERO, fill.fee(), 1);
    }

    @Test
    void aBookingStoresTheFillTheOrderThePositionAndTheLedgerTogether() {
        Order o = stored(order().build().submit(t));
        Fill first = Orders.fill(o, Orders.fillId(), "4", "0.40", "0.01", t.plusSeconds(1));
        Position opened = openedBy(first);
        AccountLedger ledger = posted(AccountLedger.empty(account), first);
        FillBooking done = orders.book(FillBooking.of(o.book(first)).opening(opened).posting(Optional.of(ledger)))
                .orElseThrow();
        assertThat(done.order()).isEqualTo(reread(o)).extracting(Order::version).isEqualTo(1L);
        assertThat(done.position()).contains(opened);
        assertThat(done.ledger().orElseThrow().version()).isEqualTo(1);
        FillContext read = orders.findForFill(account, OrderRef.client(o.clientOrderId()), first.fillId())
                .orElseThrow();
        assertThat(read.bookedFill()).contains(first);
        assertThat(read.openPosition()).contains(opened);
        assertThat(read.ledger()).isEqualTo(store.ledgers().find(account, Instant.MAX));
        assertThat(read.ledger().orElseThrow().entryCount()).isEqualTo(done.ledger().orElseThrow().entryCount())
                .isEqualTo(1);
        assertThat(store.ledgers().find(account, t).orElseThrow().day(t).fees()).isEqualTo(Money.of("0.01"));

        // the next fill moves what the first stored, each part at the version read
        Fill second = Orders.fill(o, Orders.fillId(), "1", "0.40", "0.02", t.plusSeconds(2));
        Position moved = read.openPosition().get().increase(second.quantity(), second.price(), second.fee(),
                second.filledAt());
        FillBooking next = orders.book(FillBooking.of(read.order().book(second)).moving(moved)
                .posting(Optional.of(posted(read.ledger().get(), second)))).orElseThrow();
        assertThat(next.order().version()).isEqualTo(2);
        assertThat(next.position().orElseThrow().version()).isEqualTo(1);
        assertThat(store.positions().findOpenByToken(account, yes)).isEqualTo(next.position());
        assertThat(next.ledger().orElseThrow().version()).isEqualTo(2);
        assertThat(store.ledgers().find(account, t).orElseThrow().day(t).fees()).isEqualTo(Money.of("0.03"));
        assertThat(orders.fillsOf(account, o.clientOrderId())).containsExactly(first, second);
    }

    @Test
    void aBookingOfAFillAlreadyBookedWritesNothing() {
        Order o = stored(order().build().submit(t));
        Fill fill = Orders.fill(o, Orders.fillId(), "4", "0.40", "0.01", t.plusSeconds(1));
        FillBooking booking = FillBooking.of(o.book(fill)).opening(openedBy(fill))
                .posting(Optional.of(posted(AccountLedger.empty(account), fill)));
        FillBooking done = orders.book(booking).orElseThrow();
        assertThat(orders.book(booking)).isEmpty();
        assertThat(reread(o)).isEqualTo(done.order());
        assertThat(store.ledgers().find(account, Instant.MAX).map(AccountLedger::version)).contains(1L);
        assertThat(store.positions().findOpenByToken(account, yes)).isEqualTo(done.position());
    }

    @Test
    void aBookingOverAPositionMovedSinceItWasReadIsRefusedAndItsUnitLeavesNothing() {
        Order o = stored(order().build().submit(t));
        Position open = store.positions().insert(Positions.open(account).condition(market).token(yes).build());
        Fill fill = Orders.fill(o, Orders.fillId(), "4", "0.40", "0.01", t.plusSeconds(1));
        store.positions().update(open.markToMarket(Price.of("0.45"), t));
        FillBooking stale = FillBooking.of(o.book(fill))
                .moving(open.increase(fill.quantity(), fill.price(), fill.fee(), fill.filledAt()))
                .posting(Optional.of(posted(AccountLedger.empty(account), fill)));
        assertRefusedWithNothingStored(o, fill, stale);
        assertThat(store.positions().findOpenByToken(account, yes).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aBookingThatOpensAPositionWhenOneWasOpenedMeanwhileIsRefusedAndItsUnitLeavesNothing() {
        Order o = stored(order().build().submit(t));
        Fill fill = Orders.fill(o, Orders.fillId(), "4", "0.40", "0.01", t.plusSeconds(1));
        Position theirs = store.positions().insert(Positions.open(account).condition(market).token(yes).build());
        assertRefusedWithNothingStored(o, fill, FillBooking.of(o.book(fill)).opening(openedBy(fill))
                .posting(Optional.of(posted(AccountLedger.empty(account), fill))));
        assertThat(store.positions().findOpenByToken(account, yes)).contains(theirs);
    }

    @Test
    void aBookingOverALedgerMovedSinceItWasReadIsRefusedAndItsUnitLeavesNothing() {
        Order o = stored(order().build().submit(t));
        Fill fill = Orders.fill(o, Orders.fillId(), "4", "0.40", "0.01", t.plusSeconds(1));
        AccountLedger read = AccountLedger.empty(account);
        Ledgers.update(store.ledgers(), account, l -> l.book(t, Money.ZERO, Money.of("1"), 1));
        assertRefusedWithNothingStored(o, fill, FillBooking.of(o.book(fill)).opening(openedBy(fill))
                .posting(Optional.of(posted(read, fill))));
        assertThat(store.positions().findOpenByToken(account, yes)).isEmpty();
        assertThat(store.ledgers().find(account, Instant.MAX).orElseThrow().version()).isEqualTo(1);
    }

    private void assertRefusedWithNothingStored(Order o, Fill fill, FillBooking stale) {
        Optional<AccountLedger> ledgerBefore = store.ledgers().find(account, Instant.MAX);
        assertThatThrownBy(() -> store.unitOfWork().inTransaction(() -> orders.book(stale)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(reread(o)).isEqualTo(o);
        assertThat(orders.findFill(account, o.venue(), fill.fillId())).isEmpty();
        assertThat(store.ledgers().find(account, Instant.MAX)).isEqualTo(ledgerBefore);
    }

    // ---- queries

    @Test
    void openOrdersOfAnAccountInCreationOrder() {
        Order later = stored(order().at(t.plusSeconds(2)).build().submit(t.plusSeconds(2)));
        Order first = stored(order().at(t).build().submit(t));
        Order acked = stored(order().at(t.plusSeconds(1)).build().submit(t));
        acked = orders.update(acked.acknowledge(Orders.venueOrder(), t));
        stored(order().build());
        Order done = stored(order().build().submit(t));
        orders.update(done.cancel("x", t));
        Orders.order(Ids.account()).build();
        assertThat(orders.findOpen(account)).containsExactly(first, acked, later);
        assertThat(orders.findOpen(Ids.account())).isEmpty();
    }

    @Test
    void ordersOfAMarketAndOfAGroup() {
        OrderGroupId group = OrderGroupId.of(Ids.unique("arb"));
        TokenId no = Ids.token();
        Order yesLeg = stored(order().group(group).at(t).build());
        Order noLeg = stored(Orders.order(account).market(market, no).group(group).at(t.plusSeconds(1)).build());
        Order elsewhere = stored(Orders.order(account).market(Ids.condition(), Ids.token()).build());
        assertThat(orders.findByMarket(account, market)).containsExactly(yesLeg, noLeg);
        assertThat(orders.findByGroup(account, group)).containsExactly(yesLeg, noLeg);
        assertThat(orders.findByMarket(account, elsewhere.conditionId())).containsExactly(elsewhere);
        assertThat(orders.findByMarket(Ids.account(), market)).isEmpty();
        assertThat(orders.findByGroup(account, OrderGroupId.of(Ids.unique("none")))).isEmpty();
    }

    @Test
    void fillsOfAnOrderAndOfAnAccountInATimeRange() {
        Order o = stored(order().quantity("100").build().submit(t));
        Order p = stored(order().quantity("100").build().submit(t));
        List<Fill> expectedOfO = new ArrayList<>();
        Fill f2 = Orders.fill(o, "1", "0.4", t.plusSeconds(2));
        Fill f1 = Orders.fill(o, "1", "0.4", t.plusSeconds(1));
        Fill g3 = Orders.fill(p, "1", "0.4", t.plusSeconds(3));
        Fill g0 = Orders.fill(p, "1", "0.4", t);
        o = book(o, f2);
        o = book(o, f1);
        p = book(p, g3);
        book(p, g0);
        expectedOfO.add(f1);
        expectedOfO.add(f2);
        assertThat(orders.fillsOf(account, o.clientOrderId())).containsExactlyElementsOf(expectedOfO);
        assertThat(orders.fillsBetween(account, t, t.plusSeconds(3))).containsExactly(g0, f1, f2);
        assertThat(orders.fillsBetween(account, t.plusSeconds(1), t.plusSeconds(2))).containsExactly(f1);
        assertThat(orders.fillsBetween(account, Instant.MIN, Instant.MAX)).containsExactly(g0, f1, f2, g3);
        assertThat(orders.fillsBetween(Ids.account(), Instant.MIN, Instant.MAX)).isEmpty();
        assertThat(orders.fillsOf(account, Orders.clientOrder())).isEmpty();
    }

    @Test
    void anOrderWithoutEventOrGroupReadsBackWithout() {
        Order o = stored(order().build());
        assertThat(reread(o).eventId()).isEmpty();
        assertThat(reread(o).groupId()).isEmpty();
        Order withEvent = stored(order().event(EventId.of(Ids.unique("ev"))).side(Side.SELL).build());
        assertThat(reread(withEvent)).isEqualTo(withEvent);
        assertThat(Optional.of(reread(withEvent).side())).contains(Side.SELL);
    }
}
