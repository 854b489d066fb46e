package io.tradekit.adapters.inmemory.order;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.ledger.AccountLedgerRepository;
import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.Fill;
import io.tradekit.domain.order.FillBooking;
import io.tradekit.domain.order.FillContext;
import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderGroupId;
import io.tradekit.domain.order.OrderRef;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.order.OrderStatus;
import io.tradekit.domain.order.VenueId;
import io.tradekit.domain.order.VenueOrderId;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.DuplicateKeyException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Orders and fills per account. Each account has a book guarded by its own monitor (accounts never wait for
 * each other): orders by client id, client ids by (venue, venue order id), fills by (venue, fill id). Every
 * write registers its undo with the unit of work, so a failed unit leaves nothing behind.
 */
public final class InMemoryOrderRepository implements OrderRepository {
    private static final Comparator<Order> CREATED_ORDER = Comparator
            .comparing((Order o) -> o.enteredAt(OrderStatus.NEW).orElseThrow())
            .thenComparing(o -> o.clientOrderId().value());
    private static final Comparator<Fill> FILL_ORDER = Comparator.comparing(Fill::filledAt)
            .thenComparing(f -> f.venue().value()).thenComparing(f -> f.fillId().value());

    private final InMemoryUnitOfWork unitOfWork;
    private final PositionRepository positions;
    private final AccountLedgerRepository ledgers;
    private final ConcurrentHashMap<AccountId, Book> books = new ConcurrentHashMap<>();

    public InMemoryOrderRepository(InMemoryUnitOfWork unitOfWork, PositionRepository positions,
            AccountLedgerRepository ledgers) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
        this.positions = Require.nonNull(positions, "positions");
        this.ledgers = Require.nonNull(ledgers, "ledgers");
    }

    private record VenueKey(VenueId venue, String id) {
    }

    private static final class Book {
        final Map<ClientOrderId, Order> orders = new HashMap<>();
        final Map<VenueKey, ClientOrderId> byVenueId = new HashMap<>();
        final Map<VenueKey, Fill> fills = new HashMap<>();

        void requireVenueIdFree(Order order) {
            order.venueOrderId().ifPresent(v -> {
                ClientOrderId owner = byVenueId.get(new VenueKey(order.venue(), v.value()));
                if (owner != null && !owner.equals(order.clientOrderId())) {
                    throw new DuplicateKeyException("venue order id " + order.venue() + "/" + v + " of account "
                            + order.accountId() + " already belongs to order " + owner);
                }
            });
        }

        /** Puts {@code next} in place of {@code previous} (either may be null); returns the undo. */
        Runnable replace(Order previous, Order next) {
            Order target = next != null ? next : previous;
            if (previous != null) {
                previous.venueOrderId().ifPresent(v -> byVenueId.remove(new VenueKey(previous.venue(), v.value())));
            }
            if (next != null) {
                orders.put(next.clientOrderId(), next);
                next.venueOrderId().ifPresent(v -> byVenueId.put(new VenueKey(next.venue(), v.value()),
                        next.clientOrderId()));
            } else {
                orders.remove(target.clientOrderId());
            }
            return () -> {
                synchronized (this) {
                    replace(next, previous);
                }
            };
        }

        Order current(Order order) {
            Order stored = orders.get(order.clientOrderId());
            if (stored == null || stored.version() != order.version()) {
                throw new StaleVersionException("order", order.accountId() + "/" + order.clientOrderId(),
                        order.version());
            }
            return stored;
        }
    }

    private Book book(AccountId account) {
        return books.computeIfAbsent(account, a -> new Book());
    }

    @Override
    public boolean insertIfAbsent(Order order) {
        Require.nonNull(order, "order");
        return unitOfWork.write(() -> {
            Book book = book(order.accountId());
            Runnable undo;
            synchronized (book) {
                if (book.orders.containsKey(order.clientOrderId())) {
                    return false;
                }
                book.requireVenueIdFree(order);
                undo = book.replace(null, order);
            }
            unitOfWork.onRollback(undo);
            return true;
        });
    }

    @Override
    public Order update(Order order) {
        Require.nonNull(order, "order");
        return unitOfWork.write(() -> {
            Book book = book(order.accountId());
            Order next = order.withVersion(order.version() + 1);
            Runnable undo;
            synchronized (book) {
                Order stored = book.current(order);
                book.requireVenueIdFree(order);
                undo = book.replace(stored, next);
            }
            unitOfWork.onRollback(undo);
            return next;
        });
    }

    /**
     * The fill and its order under the account's monitor (a fill already booked: nothing written, empty), then the
     * position and the ledger through their repositories, which compare versions before they write. All of it
     * runs in one unit of work (the caller's, or one of its own): a conflict at the position or the ledger rolls
     * the order and the fill back with it.
     */
    @Override
    public Optional<FillBooking> book(FillBooking booking) {
        Require.nonNull(booking, "booking");
        return unitOfWork.inTransaction(() -> {
            Optional<Order> order = bookFillAndOrder(booking.order(), booking.fill());
            if (order.isEmpty()) {
                return Optional.<FillBooking>empty();
            }
            Optional<Position> position = booking.position().map(p -> storePosition(p, booking.opensPosition()));
            Optional<AccountLedger> ledger = booking.ledger().map(ledgers::save);
            return Optional.of(new FillBooking(order.get(), booking.fill(), position, booking.opensPosition(),
                    ledger));
        });
    }

    private Position storePosition(Position position, boolean opens) {
        if (!opens) {
            return positions.update(position);
        }
        try {
            return positions.insert(position);
        } catch (DuplicateKeyException e) {
            // the context read no open position, and one was opened since: the read is stale, as with PostgreSQL
            StaleVersionException stale = new StaleVersionException("open position of " + position.accountId()
                    + " in", position.tokenId().value(), 0);
            stale.initCause(e);
            throw stale;
        }
    }

    private Optional<Order> bookFillAndOrder(Order order, Fill fill) {
        Book book = book(order.accountId());
        VenueKey key = new VenueKey(fill.venue(), fill.fillId().value());
        Order next = order.withVersion(order.version() + 1);
        Runnable undoOrder;
        synchronized (book) {
            if (book.fills.containsKey(key)) {
                return Optional.empty();
            }
            Order stored = book.current(order);
            book.requireVenueIdFree(order);
            undoOrder = book.replace(stored, next);
            book.fills.put(key, fill);
        }
        unitOfWork.onRollback(() -> {
            synchronized (book) {
                book.fills.remove(key);
            }
            undoOrder.run();
        });
        return Optional.of(next);
    }

    @Override
    public Optional<Order> findByClientId(AccountId accountId, ClientOrderId clientOrderId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(clientOrderId, "clientOrderId");
        Book book = books.get(accountId);
        if (book == null) {
            return Optional.empty();
        }
        synchronized (book) {
            return Optional.ofNullable(book.orders.get(clientOrderId));
        }
    }

    @Override
    public Optional<Order> findByVenueId(AccountId accountId, VenueId venue, VenueOrderId venueOrderId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(venue, "venue");
        Require.nonNull(venueOrderId, "venueOrderId");
        Book book = books.get(accountId);
        if (book == null) {
            return Optional.empty();
        }
        synchronized (book) {
            ClientOrderId id = book.byVenueId.get(new VenueKey(venue, venueOrderId.value()));
            return id == null ? Optional.empty() : Optional.ofNullable(book.orders.get(id));
        }
    }

    @Override
    public Optional<FillContext> findForFill(AccountId accountId, OrderRef ref, FillId fillId) {
        Require.nonNull(fillId, "fillId");
        Optional<Order> order = find(accountId, ref);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        Order o = order.get();
        return Optional.of(new FillContext(o, findFill(accountId, o.venue(), fillId),
                positions.findOpenByToken(accountId, o.tokenId()), ledgers.find(accountId, Instant.MAX)));
    }

    @Override
    public List<Order> findOpen(AccountId accountId) {
        return select(accountId, Order::isOpen);
    }

    @Override
    public List<Order> findByMarket(AccountId accountId, ConditionId conditionId) {
        Require.nonNull(conditionId, "conditionId");
        return select(accountId, o -> o.conditionId().equals(conditionId));
    }

    @Override
    public List<Order> findByGroup(AccountId accountId, OrderGroupId groupId) {
        Require.nonNull(groupId, "groupId");
        return select(accountId, o -> groupId.equals(o.groupId().orElse(null)));
    }

    private List<Order> select(AccountId accountId, Predicate<Order> which) {
        Require.nonNull(accountId, "accountId");
        Book book = books.get(accountId);
        if (book == null) {
            return List.of();
        }
        List<Order> found = new ArrayList<>();
        synchronized (book) {
            for (Order o : book.orders.values()) {
                if (which.test(o)) {
                    found.add(o);
                }
            }
        }
        found.sort(CREATED_ORDER);
        return List.copyOf(found);
    }

    @Override
    public Optional<Fill> findFill(AccountId accountId, VenueId venue, FillId fillId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(venue, "venue");
        Require.nonNull(fillId, "fillId");
        Book book = books.get(accountId);
        if (book == null) {
            return Optional.empty();
        }
        synchronized (book) {
            return Optional.ofNullable(book.fills.get(new VenueKey(venue, fillId.value())));
        }
    }

    @Override
    public List<Fill> fillsOf(AccountId accountId, ClientOrderId clientOrderId) {
        Require.nonNull(clientOrderId, "clientOrderId");
        return selectFills(accountId, f -> f.clientOrderId().equals(clientOrderId));
    }

    @Override
    public List<Fill> fillsBetween(AccountId accountId, Instant from, Instant to) {
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        return selectFills(accountId, f -> !f.filledAt().isBefore(from) && f.filledAt().isBefore(to));
    }

    private List<Fill> selectFills(AccountId accountId, Predicate<Fill> which) {
        Require.nonNull(accountId, "accountId");
        Book book = books.get(accountId);
        if (book == null) {
            return List.of();
        }
        List<Fill> found = new ArrayList<>();
        synchronized (book) {
            for (Fill f : book.fills.values()) {
                if (which.test(f)) {
                    found.add(f);
                }
            }
        }
        found.sort(FILL_ORDER);
        return List.copyOf(found);
    }
}
