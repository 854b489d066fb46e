package io.tradekit.adapters.postgres.order;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.adapters.postgres.ledger.AccountLedgerRow;
import io.tradekit.adapters.postgres.ledger.LedgerEntryRow;
import io.tradekit.adapters.postgres.position.PositionRow;
import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.Fill;
import io.tradekit.domain.order.FillBooking;
import io.tradekit.domain.order.FillContext;
import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderGroupId;
import io.tradekit.domain.order.OrderRef;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.order.VenueId;
import io.tradekit.domain.order.VenueOrderId;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.DuplicateKeyException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mybatis.spring.SqlSessionTemplate;

/**
 * Orders and fills in PostgreSQL. Writes never abort the caller's transaction on a taken key (ON CONFLICT DO
 * NOTHING, or a WHERE that matches no row), then say which key; updates are optimistic on the version. A fill is
 * booked with its order, its position and the account's ledger in ONE statement ({@link #book}), and the fill
 * context is read in ONE ({@link #findForFill}), so recording a fill takes two statements and the COMMIT.
 */
public final class PostgresOrderRepository implements OrderRepository {
    private final OrderMapper mapper;
    private final StoreCalls calls;

    public PostgresOrderRepository(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(OrderMapper.class);
        this.calls = calls;
    }

    @Override
    public boolean insertIfAbsent(Order order) {
        Require.nonNull(order, "order");
        OrderRow row = OrderRow.of(order);
        String what = "insert order " + order.clientOrderId() + " of " + order.accountId();
        if (calls.call(what, () -> mapper.insertIfAbsent(row)) == 1) {
            return true;
        }
        if (calls.call(what, () -> mapper.findByClientId(row.accountId(), row.clientOrderId())) != null) {
            return false;
        }
        throw venueIdTaken(what, order);
    }

    @Override
    public Order update(Order order) {
        Require.nonNull(order, "order");
        OrderRow row = OrderRow.of(order);
        String what = "update order " + order.clientOrderId() + " of " + order.accountId();
        if (calls.call(what, () -> mapper.update(row)) == 1) {
            return order.withVersion(order.version() + 1);
        }
        throw whyNotMoved(what, order);
    }

    @Override
    public Optional<FillBooking> book(FillBooking booking) {
        Require.nonNull(booking, "booking");
        Order order = booking.order();
        Fill fill = booking.fill();
        OrderRow orderRow = OrderRow.of(order);
        FillRow fillRow = FillRow.of(fill);
        PositionRow positionRow = booking.position().map(PositionRow::of).orElse(null);
        AccountLedgerRow ledgerRow = booking.ledger().map(AccountLedgerRow::of).orElse(null);
        List<LedgerEntryRow> entries = booking.ledger().map(l -> l.unsavedEntries().stream().map(LedgerEntryRow::of)
                .toList()).filter(e -> !e.isEmpty()).orElse(null);
        boolean ledgerIsNew = booking.ledger().map(l -> l.version() == 0).orElse(false);
        String what = "book fill " + fill.fillId() + " on order " + order.clientOrderId() + " of " + order.accountId();
        // its own transaction when the caller has none; a refusal past the order's part is thrown inside it, so the
        // caller's transaction (which holds the parts already written) can only roll back
        return calls.inTransaction(what, () -> {
            BookingRow result = mapper.book(orderRow, fillRow, positionRow, booking.opensPosition(), ledgerRow,
                    ledgerIsNew, entries);
            if (result.moved() == 0) {
                // nothing was written: the fill was booked meanwhile (a racing duplicate), or the order moved on
                if (mapper.findFill(fillRow.accountId(), fillRow.venue(), fillRow.fillId()) != null) {
                    return Optional.<FillBooking>empty();
                }
                throw whyNotMoved(what, order);
            }
            if (result.booked() == 0) {
                throw new DuplicateKeyException("cannot " + what + ": fill " + fill.venue() + "/" + fill.fillId()
                        + " was booked concurrently (on another order)");
            }
            Optional<Position> position = booking.position();
            if (position.isPresent() && result.positioned() == 0) {
                Position p = position.get();
                throw new StaleVersionException(booking.opensPosition() ? "open position of " + p.accountId() + " in"
                        : "position", booking.opensPosition() ? p.tokenId().value() : p.accountId() + "/" + p.id(),
                        p.version());
            }
            Optional<AccountLedger> ledger = booking.ledger();
            if (ledger.isPresent() && (result.ledgered() == 0
                    || result.entered() != ledger.get().unsavedEntries().size())) {
                throw new StaleVersionException("ledger", order.accountId().value(), ledger.get().version());
            }
            return Optional.of(new FillBooking(order.withVersion(order.version() + 1), fill,
                    position.map(p -> booking.opensPosition() ? p : p.withVersion(p.version() + 1)),
                    booking.opensPosition(), ledger.map(l -> l.stored(l.version() + 1))));
        });
    }

    private RuntimeException whyNotMoved(String what, Order order) {
        if (order.venueOrderId().isPresent()) {
            OrderRow owner = calls.call(what, () -> mapper.findByVenueId(order.accountId().value(),
                    order.venue().value(), order.venueOrderId().get().value()));
            if (owner != null && !owner.clientOrderId().equals(order.clientOrderId().value())) {
                return venueIdTaken(what, order);
            }
        }
        return new StaleVersionException("order", order.accountId() + "/" + order.clientOrderId(), order.version());
    }

    private static DuplicateKeyException venueIdTaken(String what, Order order) {
        return new DuplicateKeyException("cannot " + what + ": venue order id " + order.venue() + "/"
                + order.venueOrderId().map(VenueOrderId::value).orElse("?") + " belongs to another order");
    }

    @Override
    public Optional<Order> findByClientId(AccountId accountId, ClientOrderId clientOrderId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(clientOrderId, "clientOrderId");
        return Optional.ofNullable(calls.call("find order " + clientOrderId + " of " + accountId,
                () -> mapper.findByClientId(accountId.value(), clientOrderId.value()))).map(OrderRow::toOrder);
    }

    @Override
    public Optional<Order> findByVenueId(AccountId accountId, VenueId venue, VenueOrderId venueOrderId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(venue, "venue");
        Require.nonNull(venueOrderId, "venueOrderId");
        return Optional.ofNullable(calls.call("find order " + venue + "/" + venueOrderId + " of " + accountId,
                () -> mapper.findByVenueId(accountId.value(), venue.value(), venueOrderId.value())))
                .map(OrderRow::toOrder);
    }

    @Override
    public Optional<FillContext> findForFill(AccountId accountId, OrderRef ref, FillId fillId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(ref, "ref");
        Require.nonNull(fillId, "fillId");
        String client = ref instanceof OrderRef.ByClientId c ? c.clientOrderId().value() : null;
        String venue = ref instanceof OrderRef.ByVenueId v ? v.venue().value() : null;
        String venueOrder = ref instanceof OrderRef.ByVenueId v ? v.venueOrderId().value() : null;
        FillContextRow row = calls.call("read the context of fill " + fillId + " of " + accountId,
                () -> mapper.findForFill(accountId.value(), client, venue, venueOrder, fillId.value()));
        return Optional.ofNullable(row).map(FillContextRow::toContext);
    }

    @Override
    public List<Order> findOpen(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        return calls.call("find the open orders of " + accountId, () -> mapper.findOpen(accountId.value()))
                .stream().map(OrderRow::toOrder).toList();
    }

    @Override
    public List<Order> findByMarket(AccountId accountId, ConditionId conditionId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(conditionId, "conditionId");
        return calls.call("find the orders of " + accountId + " in " + conditionId,
                () -> mapper.findByMarket(accountId.value(), conditionId.value())).stream().map(OrderRow::toOrder)
                .toList();
    }

    @Override
    public List<Order> findByGroup(AccountId accountId, OrderGroupId groupId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(groupId, "groupId");
        return calls.call("find the orders of group " + groupId + " of " + accountId,
                () -> mapper.findByGroup(accountId.value(), groupId.value())).stream().map(OrderRow::toOrder).toList();
    }

    @Override
    public Optional<Fill> findFill(AccountId accountId, VenueId venue, FillId fillId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(venue, "venue");
        Require.nonNull(fillId, "fillId");
        return Optional.ofNullable(calls.call("find fill " + venue + "/" + fillId + " of " + accountId,
                () -> mapper.findFill(accountId.value(), venue.value(), fillId.value()))).map(FillRow::toFill);
    }

    @Override
    public List<Fill> fillsOf(AccountId accountId, ClientOrderId clientOrderId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(clientOrderId, "clientOrderId");
        return calls.call("find the fills of order " + clientOrderId + " of " + accountId,
                () -> mapper.fillsOf(accountId.value(), clientOrderId.value())).stream().map(FillRow::toFill).toList();
    }

    @Override
    public List<Fill> fillsBetween(AccountId accountId, Instant from, Instant to) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Instant lower = Bounds.ceilMicros(from);
        Instant upper = Bounds.ceilMicros(to);
        return calls.call("find the fills of " + accountId + " from " + from + " to " + to,
                () -> mapper.fillsBetween(accountId.value(), lower, upper)).stream().map(FillRow::toFill).toList();
    }
}
