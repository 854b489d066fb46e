package io.tradekit.application.order;

import io.tradekit.application.alert.KitAlerts;
import io.tradekit.application.execution.PositionIds;
import io.tradekit.domain.alert.Alert;
import io.tradekit.domain.alert.AlertKey;
import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.domain.alert.AlertSeverity;
import java.util.Locale;
import io.tradekit.domain.shared.AccountId;
import java.util.Map;
import io.tradekit.domain.audit.AuditEntry;
import io.tradekit.domain.audit.AuditSubject;
import io.tradekit.domain.audit.AuditTrail;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

import io.tradekit.application.order.ReconciliationReport.Difference;
import io.tradekit.application.order.ReconciliationReport.Kind;
import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderMode;
import io.tradekit.domain.order.OrderRef;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.order.OrderStatus;
import io.tradekit.domain.order.TimeInForce;
import io.tradekit.domain.order.VenueOrderId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Brings the store to the venue's view after a restart, exactly once, in three passes of small idempotent units
 * of work (a crash between any two leaves a state the next run completes, never a doubled one):
 * <ol>
 * <li>each order the venue lists as open: acknowledged when we hold it under our client id without venue id;
 *     adopted as an external ACKNOWLEDGED order (client id {@code external:<venue order id>}) when we lack it;</li>
 * <li>each venue fill, in time order, booked through {@link RecordFill} (a fill already booked changes nothing);
 *     a fill of an order the store lacks first adopts that order as an external one when the venue describes it
 *     ({@link VenueFill#describedOrder()}), else it is reported and nothing is written;</li>
 * <li>each of our LIVE orders on that venue still open in the store that the venue no longer lists: closed with
 *     the status that explains it - EXPIRED for immediate-or-cancel and fill-or-kill orders, REJECTED for an order
 *     the venue never acknowledged, CANCELLED otherwise (fully filled ones were closed as FILLED by pass 2).</li>
 * </ol>
 * Every change is returned as a {@link Difference}; a second run with the same view returns an empty report. Each
 * difference raises an alert ({@code reconciliation:<kind>/<cause>}, keyed by its cause so a re-run raises
 * none), and each adjustment is written to the audit trail, in the unit of work of the change itself.
 */
public final class ReconcileOrders {
    static final String NOT_LISTED = "not listed by the venue at reconciliation";

    /** Who the audit trail names for the adjustments reconciliation makes. */
    public static final String RECONCILIATION = "tradekit-reconciliation";

    private final OrderRepository orders;
    private final AlertRepository alerts;
    private final AuditTrail auditTrail;
    private final RecordFill recordFill;
    private final UpdateOrder updateOrder;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ReconcileOrders(OrderRepository orders, AlertRepository alerts, AuditTrail auditTrail, UnitOfWork unitOfWork,
            Clock clock) {
        this.orders = Require.nonNull(orders, "orders");
        this.alerts = Require.nonNull(alerts, "alerts");
        this.auditTrail = Require.nonNull(auditTrail, "auditTrail");
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
        this.clock = Require.nonNull(clock, "clock");
        this.recordFill = new RecordFill(orders, unitOfWork);
        this.updateOrder = new UpdateOrder(orders, unitOfWork, clock);
    }

    /** The client id an adopted order gets: derived from the venue id, so a re-run adopts the same order. */
    public static ClientOrderId externalId(VenueOrderId venueOrderId) {
        return ClientOrderId.of("external:" + venueOrderId.value());
    }

    public ReconciliationReport reconcile(ReconcileOrdersCommand c) {
        Require.nonNull(c, "command");
        List<Difference> differences = new ArrayList<>();
        Set<VenueOrderId> listed = new HashSet<>();
        Set<ClientOrderId> listedClients = new HashSet<>();
        for (VenueOrder v : c.openOrders()) {
            listed.add(v.venueOrderId());
            adoptOrAcknowledge(c, v, differences).ifPresent(listedClients::add);
        }
        List<VenueFill> fills = new ArrayList<>(c.fillsSince());
        fills.sort(Comparator.comparing(VenueFill::filledAt).thenComparing(f -> f.fillId().value()));
        for (VenueFill f : fills) {
            OrderRef ref = OrderRef.venue(c.venue(), f.venueOrderId());
            if (orders.findByVenueId(c.accountId(), c.venue(), f.venueOrderId()).isEmpty()
                    && f.describedOrder().isPresent()) {
                // the venue describes the order of a fill the store lacks: adopt it, then book the fill below
                VenueOrder v = f.describedOrder().get();
                Instant at = f.filledAt().isBefore(clock.instant()) ? f.filledAt() : clock.instant();
                adopt(c, v, at, differences, "the venue reports fill " + f.fillId() + " of " + v.venueOrderId());
            }
            if (orders.findByVenueId(c.accountId(), c.venue(), f.venueOrderId()).isEmpty()) {
                journaled(c, f.fillId().value(), differences, () -> f,
                        unused -> new Difference(Kind.FILL_OF_UNKNOWN_ORDER, f.venueOrderId().value(), "fill "
                                + f.fillId() + " of venue order " + f.venueOrderId() + " matches no stored order"));
                continue;
            }
            journaled(c, f.fillId().value(), differences, () -> recordFill.record(new RecordFillCommand(c.accountId(),
                    ref, f.fillId(), f.quantity(), f.price(), f.fee(), f.liquidity(), f.filledAt())),
                    r -> !r.recorded() ? null : new Difference(Kind.FILL_BOOKED, r.order().clientOrderId().value(),
                            "missed fill " + f.fillId() + " of " + f.quantity() + " at " + f.price()
                                    + " booked; order now " + r.order().status()));
        }
        for (Order o : orders.findOpen(c.accountId())) {
            boolean ours = o.venue().equals(c.venue()) && o.mode() == OrderMode.LIVE;
            boolean stillListed = o.venueOrderId().map(listed::contains).orElse(false)
                    || listedClients.contains(o.clientOrderId());
            if (ours && !stillListed) {
                close(c, o, differences);
            }
        }
        return new ReconciliationReport(differences);
    }

    private Optional<ClientOrderId> adoptOrAcknowledge(ReconcileOrdersCommand c, VenueOrder v,
            List<Difference> differences) {
        Optional<Order> known = orders.findByVenueId(c.accountId(), c.venue(), v.venueOrderId());
        if (known.isEmpty() && v.clientOrderId() != null) {
            Optional<Order> byClient = orders.findByClientId(c.accountId(), v.clientOrderId());
            if (byClient.isPresent() && byClient.get().venueOrderId().isEmpty()) {
                journaled(c, v.venueOrderId().value(), differences, () -> updateOrder.update(new UpdateOrderCommand(
                        c.accountId(), OrderRef.client(v.clientOrderId()), new OrderUpdate.Acknowledge(v.venueOrderId()))),
                        acked -> new Difference(Kind.ORDER_ACKNOWLEDGED, v.clientOrderId().value(), "the venue lists it as "
                                + v.venueOrderId() + "; acknowledged, now " + acked.order().status()));
                return Optional.of(v.clientOrderId());
            }
            known = byClient;
        }
        if (known.isPresent()) {
            Order o = known.get();
            if (!o.isOpen()) {
                journaled(c, v.venueOrderId().value(), differences, () -> o,
                        unused -> new Difference(Kind.ORDER_OPEN_AT_VENUE_ONLY, o.clientOrderId().value(), "the venue lists "
                                + v.venueOrderId() + " as open but the store holds it as " + o.status()));
            }
            return Optional.of(o.clientOrderId());
        }
        return Optional.of(adopt(c, v, clock.instant(), differences, "the venue lists " + v.venueOrderId()
                + " as open"));
    }

    /**
     * Stores the order the venue describes as an external ACKNOWLEDGED order entered at {@code at}, under the client
     * id {@link #externalId} derives from its venue id (so a re-run adopts nothing twice).
     */
    private ClientOrderId adopt(ReconcileOrdersCommand c, VenueOrder v, Instant at, List<Difference> differences,
            String why) {
        Order adopted = Order.adopt(c.accountId(), externalId(v.venueOrderId()), c.venue(), v.venueOrderId(),
                v.conditionId(), v.tokenId(), v.side(), v.type(), v.limitPrice(), v.quantity(), v.timeInForce(),
                OrderMode.LIVE, at);
        journaled(c, v.venueOrderId().value(), differences, () -> orders.insertIfAbsent(adopted),
                inserted -> !inserted ? null : new Difference(Kind.ORDER_ADOPTED, adopted.clientOrderId().value(),
                        why + " (" + v.side() + " " + v.quantity() + " " + v.tokenId()
                                + ") which the store lacked; adopted as an external order"));
        return adopted.clientOrderId();
    }

    private void close(ReconcileOrdersCommand c, Order o, List<Difference> differences) {
        OrderUpdate update;
        if (o.timeInForce() == TimeInForce.IOC || o.timeInForce() == TimeInForce.FOK) {
            update = new OrderUpdate.Expire();
        } else if (o.status() == OrderStatus.SUBMITTED && o.venueOrderId().isEmpty()) {
            update = new OrderUpdate.Reject("never acknowledged and " + NOT_LISTED);
        } else {
            update = new OrderUpdate.Cancel(NOT_LISTED);
        }
        journaled(c, o.clientOrderId().value(), differences, () -> updateOrder.update(new UpdateOrderCommand(
                c.accountId(), OrderRef.client(o.clientOrderId()), update)),
                r -> !r.changed() ? null : new Difference(Kind.ORDER_CLOSED, o.clientOrderId().value(),
                        "open in the store as " + o.status() + " with " + o.filledQuantity() + " of " + o.quantity()
                                + " filled, but " + NOT_LISTED + "; now " + r.order().status()));
    }

    /**
     * A difference's alert: WARNING when the store was brought to the venue's view, CRITICAL when nobody could (a
     * fill of an unknown order, an order open at the venue only). Keyed by the kind and the cause (a fill id, a
     * venue or client order id; a digest when the key would pass the id limit).
     */
    static Alert alertOf(AccountId accountId, Difference difference, String cause, Instant at) {
        String kind = difference.kind().name().toLowerCase(Locale.ROOT);
        String keyCause = kind + "/" + cause;
        if (KitAlerts.RECONCILIATION.length() + 1 + keyCause.length() > 200) {
            keyCause = kind + "/sha256:" + PositionIds.sha256(cause);
        }
        AlertSeverity severity = difference.kind().adjusted() ? AlertSeverity.WARNING : AlertSeverity.CRITICAL;
        return Alert.raise(accountId, AlertKey.of(KitAlerts.RECONCILIATION, keyCause), severity, "ReconcileOrders",
                difference.kind() + " " + difference.order() + ": " + difference.detail(), Map.of(), at);
    }

    /**
     * One change and its journal in one unit of work: the alert of the difference it made (if any) and, for an
     * adjustment, its audit entry. The difference joins the report once the unit committed (a retried unit adds it
     * once).
     */
    private <T> T journaled(ReconcileOrdersCommand c, String cause, List<Difference> differences, Supplier<T> change,
            Function<T, Difference> differenceOf) {
        Difference[] made = new Difference[1];
        T result = unitOfWork.inTransaction(() -> {
            T r = change.get();
            Difference d = differenceOf.apply(r);
            made[0] = d;
            if (d != null) {
                Instant now = clock.instant();
                alerts.raiseIfAbsent(alertOf(c.accountId(), d, cause, now));
                if (d.kind().adjusted()) {
                    auditTrail.append(AuditEntry.of(c.accountId(), AuditSubject.RECONCILIATION, d.order(), "",
                            d.kind() + ": " + d.detail(), RECONCILIATION, now));
                }
            }
            return r;
        });
        if (made[0] != null) {
            differences.add(made[0]);
        }
        return result;
    }
}
