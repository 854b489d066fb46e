package io.tradekit.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.application.order.ReconciliationReport.Kind;
import io.tradekit.application.retry.RetryPolicy;
import io.tradekit.application.retry.RetryingUnitOfWork;
import io.tradekit.application.testsupport.CrashingStore;
import io.tradekit.application.testsupport.MutableClock;
import io.tradekit.application.testsupport.SimulatedCrash;
import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.alert.AlertSeverity;
import io.tradekit.domain.audit.AuditSubject;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.Fill;
import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Liquidity;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderMode;
import io.tradekit.domain.order.OrderRef;
import io.tradekit.domain.order.OrderStatus;
import io.tradekit.domain.order.OrderType;
import io.tradekit.domain.order.TimeInForce;
import io.tradekit.domain.order.VenueId;
import io.tradekit.domain.order.VenueOrderId;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation after a restart on any store: every difference kind brought to the venue's view and reported,
 * a second run changing nothing; and a crash at every step of a run of fills and a reconciliation, then a re-run,
 * ending in the very state of the uninterrupted run. Runs compare under different accounts with the same ids.
 */
public abstract class ReconcileOrdersContract {
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");
    private static final VenueId VENUE = VenueId.of("polymarket");

    /** A store over the adapter under test; called once per test. */
    protected abstract JournalStoreUnderTest store();

    private final TestIds ids = new TestIds();
    private JournalStoreUnderTest store;
    private MutableClock clock;
    private ConditionId market;
    private TokenId yes;
    private TokenId no;

    @BeforeEach
    void setUp() {
        store = store();
        clock = new MutableClock(T);
        market = ids.condition("m");
        yes = ids.token("yes");
        no = ids.token("no");
    }

    private static VenueOrderId v(String id) {
        return VenueOrderId.of(id);
    }

    private void submit(StoreUnderTest s, AccountId account, String client, TokenId token, TimeInForce tif,
            OrderMode mode) {
        new SubmitOrder(s.orders(), retrying(s), clock).submit(new SubmitOrderCommand(account,
                ClientOrderId.of(client), VENUE, market, token, null, null, Side.BUY, OrderType.LIMIT,
                Price.of("0.40"), Quantity.of("10"), tif, mode));
    }

    private void ack(StoreUnderTest s, AccountId account, String client, String venueId) {
        new UpdateOrder(s.orders(), retrying(s), clock).update(new UpdateOrderCommand(account,
                OrderRef.client(ClientOrderId.of(client)), new OrderUpdate.Acknowledge(v(venueId))));
    }

    private void fill(StoreUnderTest s, AccountId account, String client, String fillId, String quantity) {
        new RecordFill(s.orders(), retrying(s)).record(new RecordFillCommand(account,
                OrderRef.client(ClientOrderId.of(client)), FillId.of(fillId), Quantity.of(quantity),
                Price.of("0.40"), Money.of("0.01"), Liquidity.TAKER, T.plusSeconds(1)));
    }

    /** What the bot had stored before it stopped. */
    private void before(StoreUnderTest s, AccountId account) {
        submit(s, account, "a", yes, TimeInForce.GTC, OrderMode.LIVE);
        ack(s, account, "a", "va");
        fill(s, account, "a", "fa1", "3");
        submit(s, account, "b", yes, TimeInForce.GTC, OrderMode.LIVE);
        ack(s, account, "b", "vb");
        submit(s, account, "c", no, TimeInForce.GTC, OrderMode.LIVE);
        submit(s, account, "e", no, TimeInForce.GTC, OrderMode.LIVE);
        ack(s, account, "e", "ve");
        submit(s, account, "f", yes, TimeInForce.IOC, OrderMode.LIVE);
        ack(s, account, "f", "vf");
        submit(s, account, "g", yes, TimeInForce.GTC, OrderMode.LIVE);
        submit(s, account, "p", yes, TimeInForce.GTC, OrderMode.PAPER);
    }

    /** What the venue says after the restart. */
    private ReconcileOrdersCommand venueView(AccountId account) {
        List<VenueOrder> open = List.of(
                new VenueOrder(v("va"), null, market, yes, Side.BUY, OrderType.LIMIT, Price.of("0.40"),
                        Quantity.of("10"), TimeInForce.GTC),
                new VenueOrder(v("vc"), ClientOrderId.of("c"), market, no, Side.BUY, OrderType.LIMIT,
                        Price.of("0.40"), Quantity.of("10"), TimeInForce.GTC),
                new VenueOrder(v("vd"), null, market, no, Side.SELL, OrderType.LIMIT, Price.of("0.90"),
                        Quantity.of("5"), TimeInForce.GTC));
        List<VenueFill> fills = List.of(
                venueFill("va", "fa1", "3", 1), // already booked
                venueFill("va", "fa2", "2", 2), // missed
                venueFill("ve", "fe1", "10", 3), // missed, completes e
                venueFill("vc", "fc1", "1", 4)); // a fill of c, booked after c is acknowledged
        return new ReconcileOrdersCommand(account, VENUE, open, fills);
    }

    private static VenueFill venueFill(String order, String fill, String quantity, int second) {
        return new VenueFill(v(order), FillId.of(fill), Quantity.of(quantity), Price.of("0.40"), Money.of("0.01"),
                Liquidity.TAKER, T.plusSeconds(second));
    }

    /** The kit's one retry layer over the store's units, as Tradekit wires the use cases. */
    private static RetryingUnitOfWork retrying(StoreUnderTest s) {
        return new RetryingUnitOfWork(s.unitOfWork(), RetryPolicy.DEFAULT);
    }

    private ReconcileOrders reconcile(StoreUnderTest s) {
        // the journal's ports of the store under test (a crashing wrapper shares its units of work)
        return new ReconcileOrders(s.orders(), store.alerts(),
                store.auditTrail(), retrying(s), clock);
    }

    private Order order(AccountId account, String client) {
        return store.orders().findByClientId(account, ClientOrderId.of(client)).orElseThrow();
    }

    @Test
    void everyDifferenceIsBroughtToTheVenuesViewAndReportedAndASecondRunChangesNothing() {
        AccountId account = ids.account("restart");
        before(store, account);
        clock.set(T.plusSeconds(60));

        ReconciliationReport report = reconcile(store).reconcile(venueView(account));

        assertThat(report.of(Kind.ORDER_ADOPTED)).extracting(ReconciliationReport.Difference::order)
                .containsExactly("external:vd");
        assertThat(report.of(Kind.ORDER_ACKNOWLEDGED)).extracting(ReconciliationReport.Difference::order)
                .containsExactly("c");
        assertThat(report.of(Kind.FILL_BOOKED)).extracting(ReconciliationReport.Difference::order)
                .containsExactly("a", "e", "c");
        assertThat(report.of(Kind.ORDER_CLOSED)).extracting(ReconciliationReport.Difference::order)
                .containsExactlyInAnyOrder("b", "f", "g");
        assertThat(report.differences()).hasSize(8);
        assertThat(store.alerts().findOpen(account)).as("one alert per difference").hasSize(8)
                .allSatisfy(a -> assertThat(a.key().value()).startsWith("reconciliation:"));
        assertThat(store.auditTrail().findByAccount(account, Instant.MIN, Instant.MAX))
                .as("every adjustment audited").hasSize(8)
                .allSatisfy(e -> assertThat(e.subject()).isEqualTo(AuditSubject.RECONCILIATION));

        assertThat(order(account, "a").filledQuantity()).isEqualTo(Quantity.of("5"));
        assertThat(order(account, "a").status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(order(account, "b").status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order(account, "b").reason()).contains(ReconcileOrders.NOT_LISTED);
        assertThat(order(account, "c").venueOrderId()).contains(v("vc"));
        assertThat(order(account, "c").status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        Order adopted = order(account, "external:vd");
        assertThat(adopted.external()).isTrue();
        assertThat(adopted.status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
        assertThat(order(account, "e").status()).as("filled, not shown as cancelled").isEqualTo(OrderStatus.FILLED);
        assertThat(order(account, "f").status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(order(account, "g").status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order(account, "p").status()).as("paper orders are the kit's own").isEqualTo(OrderStatus.SUBMITTED);
        assertThat(store.positions().findOpenByToken(account, yes).orElseThrow().size()).isEqualTo(Quantity.of("5"));
        assertThat(store.positions().findOpenByToken(account, no).orElseThrow().size()).isEqualTo(Quantity.of("11"));

        State once = snapshot(account);
        clock.set(T.plusSeconds(120));
        ReconciliationReport again = reconcile(store).reconcile(venueView(account));
        assertThat(again.inSync()).isTrue();
        assertThat(snapshot(account)).isEqualTo(once);
        assertThat(store.alerts().findOpen(account)).as("a re-run raises nothing").hasSize(8);
        assertThat(store.auditTrail().findByAccount(account, Instant.MIN, Instant.MAX)).hasSize(8);
    }

    @Test
    void aFillOfAnOrderNobodyKnowsIsReportedAndNothingIsWritten() {
        AccountId account = ids.account("unknown");
        ReconcileOrdersCommand view = new ReconcileOrdersCommand(account, VENUE, List.of(),
                List.of(venueFill("vx", "fx", "1", 1)));
        ReconciliationReport report = reconcile(store).reconcile(view);
        assertThat(report.differences()).singleElement().extracting(ReconciliationReport.Difference::kind)
                .isEqualTo(Kind.FILL_OF_UNKNOWN_ORDER);
        assertThat(store.orders().fillsBetween(account, Instant.MIN, Instant.MAX)).isEmpty();
        assertThat(store.alerts().findOpen(account)).singleElement()
                .satisfies(a -> assertThat(a.severity()).isEqualTo(AlertSeverity.CRITICAL));
        assertThat(store.auditTrail().findByAccount(account, Instant.MIN, Instant.MAX)).as("nothing adjusted").isEmpty();
        reconcile(store).reconcile(view);
        assertThat(store.alerts().findOpen(account)).as("reported again, raised once").hasSize(1);
    }

    /** Fills of two orders the store lacks, each described by the venue: z completed by two, y filled in part. */
    private ReconcileOrdersCommand fillsOfOrdersTheStoreLacks(AccountId account) {
        VenueOrder z = new VenueOrder(v("vz"), null, market, yes, Side.BUY, OrderType.LIMIT, Price.of("0.40"),
                Quantity.of("10"), TimeInForce.GTC);
        VenueOrder y = new VenueOrder(v("vy"), null, market, no, Side.BUY, OrderType.LIMIT, Price.of("0.40"),
                Quantity.of("10"), TimeInForce.GTC);
        return new ReconcileOrdersCommand(account, VENUE, List.of(), List.of(
                venueFill("vz", "fz1", "4", 1).withOrder(z),
                venueFill("vy", "fy1", "3", 2).withOrder(y),
                venueFill("vz", "fz2", "6", 3).withOrder(z)));
    }

    @Test
    void aFillOfAnOrderTheStoreLacksAdoptsTheOrderTheVenueDescribesAndBooksTheFillOnce() {
        AccountId account = ids.account("adopt-by-fill");
        clock.set(T.plusSeconds(60));
        ReconciliationReport report = reconcile(store).reconcile(fillsOfOrdersTheStoreLacks(account));

        assertThat(report.of(Kind.ORDER_ADOPTED)).extracting(ReconciliationReport.Difference::order)
                .containsExactly("external:vz", "external:vy");
        assertThat(report.of(Kind.FILL_BOOKED)).extracting(ReconciliationReport.Difference::order)
                .containsExactly("external:vz", "external:vy", "external:vz");
        assertThat(report.of(Kind.ORDER_CLOSED)).as("y is not open at the venue: the rest is cancelled")
                .extracting(ReconciliationReport.Difference::order).containsExactly("external:vy");
        assertThat(report.of(Kind.FILL_OF_UNKNOWN_ORDER)).isEmpty();
        Order z = order(account, "external:vz");
        assertThat(z.external()).isTrue();
        assertThat(z.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(z.enteredAt().get(OrderStatus.NEW)).as("adopted at its first fill's time").isEqualTo(T.plusSeconds(1));
        Order y = order(account, "external:vy");
        assertThat(y.filledQuantity()).isEqualTo(Quantity.of("3"));
        assertThat(y.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(store.orders().fillsBetween(account, Instant.MIN, Instant.MAX)).hasSize(3);
        assertThat(store.positions().findOpenByToken(account, yes).orElseThrow().size()).isEqualTo(Quantity.of("10"));
        assertThat(store.positions().findOpenByToken(account, no).orElseThrow().size()).isEqualTo(Quantity.of("3"));
        assertThat(store.auditTrail().findByAccount(account, Instant.MIN, Instant.MAX)).hasSize(6);

        State once = adoptedSnapshot(account);
        clock.set(T.plusSeconds(120));
        assertThat(reconcile(store).reconcile(fillsOfOrdersTheStoreLacks(account)).inSync()).isTrue();
        assertThat(adoptedSnapshot(account)).isEqualTo(once);
        assertThat(store.auditTrail().findByAccount(account, Instant.MIN, Instant.MAX)).hasSize(6);
    }

    @Test
    void aCrashAtEveryStepOfAnAdoptionByFillThenARerunEndsInTheSameState() {
        AccountId reference = ids.account("adopt-reference");
        clock.set(T.plusSeconds(60));
        reconcile(store).reconcile(fillsOfOrdersTheStoreLacks(reference));
        State expected = adoptedSnapshot(reference);
        CrashingStore counting = CrashingStore.counting(store);
        reconcile(counting).reconcile(fillsOfOrdersTheStoreLacks(ids.account("adopt-counted")));
        assertThat(counting.steps()).as("crash points in one run").isGreaterThan(15);
        for (int step = 1; step <= counting.steps(); step++) {
            AccountId account = ids.account("adopt-crash-" + step);
            try {
                reconcile(CrashingStore.crashingAt(store, step)).reconcile(fillsOfOrdersTheStoreLacks(account));
            } catch (SimulatedCrash crash) {
                reconcile(store).reconcile(fillsOfOrdersTheStoreLacks(account));
            }
            assertThat(adoptedSnapshot(account)).as("crash at step " + step).isEqualTo(expected);
        }
    }

    private State adoptedSnapshot(AccountId account) {
        State all = snapshot(account);
        List<String> orders = new ArrayList<>();
        for (String client : List.of("external:vz", "external:vy")) {
            orders.add(store.orders().findByClientId(account, ClientOrderId.of(client))
                    .map(x -> x.toString().replace(account.value(), "ACCOUNT") + " " + x.enteredAt() + " "
                            + x.filledNotional() + " " + x.reason()).orElse("none"));
        }
        return new State(orders, all.fills(), all.positions());
    }

    @Test
    void aCrashAtEveryStepOfFillsAndAReconciliationThenARerunEndsInTheSameState() {
        AccountId reference = ids.account("reference");
        run(store, reference);
        State expected = snapshot(reference);
        CrashingStore counting = CrashingStore.counting(store);
        AccountId counted = ids.account("counted");
        run(counting, counted);
        assertThat(snapshot(counted)).isEqualTo(expected);
        assertThat(counting.steps()).as("crash points in one run").isGreaterThan(50);

        for (int step = 1; step <= counting.steps(); step++) {
            AccountId account = ids.account("crash-" + step);
            try {
                run(CrashingStore.crashingAt(store, step), account);
            } catch (SimulatedCrash crash) {
                run(store, account); // the restarted bot runs everything again
            }
            assertThat(snapshot(account)).as("crash at step " + step).isEqualTo(expected);
        }
    }

    private void run(StoreUnderTest s, AccountId account) {
        clock.set(T);
        before(s, account);
        clock.set(T.plusSeconds(60));
        reconcile(s).reconcile(venueView(account));
    }

    private State snapshot(AccountId account) {
        List<String> orders = new ArrayList<>();
        for (String client : List.of("a", "b", "c", "e", "f", "g", "p", "external:vd")) {
            Optional<Order> o = store.orders().findByClientId(account, ClientOrderId.of(client));
            orders.add(o.map(x -> x.toString().replace(account.value(), "ACCOUNT") + " " + x.enteredAt() + " "
                    + x.filledNotional() + " " + x.fees() + " " + x.reason() + " " + x.updatedAt()).orElse("none"));
        }
        List<String> fills = store.orders().fillsBetween(account, Instant.MIN, Instant.MAX).stream()
                .map(Fill::toString).map(f -> f.replace(account.value(), "ACCOUNT")).toList();
        List<String> positions = new ArrayList<>();
        for (TokenId token : List.of(yes, no)) {
            positions.add(store.positions().findOpenByToken(account, token).map(Position::toString)
                    .map(p -> p.replace(account.value(), "ACCOUNT")).orElse("none"));
        }
        return new State(orders, fills, positions);
    }

    private record State(List<String> orders, List<String> fills, List<String> positions) {
    }
}
