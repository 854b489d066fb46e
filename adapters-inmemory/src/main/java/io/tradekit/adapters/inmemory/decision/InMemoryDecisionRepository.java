package io.tradekit.adapters.inmemory.decision;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.domain.decision.ClientDecisionId;
import io.tradekit.domain.decision.Decision;
import io.tradekit.domain.decision.DecisionAction;
import io.tradekit.domain.decision.DecisionCursor;
import io.tradekit.domain.decision.DecisionQuery;
import io.tradekit.domain.decision.DecisionRepository;
import io.tradekit.domain.decision.OrderRef;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.DuplicateKeyException;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** The decision journal per account: by id, newest first, and by order; writes under the account's lock. */
public final class InMemoryDecisionRepository implements DecisionRepository {
    /** Newest first, ties by decision id descending: the order of a page. */
    private static final Comparator<DecisionCursor> NEWEST_FIRST = Comparator
            .comparing(DecisionCursor::decidedAt, Comparator.reverseOrder())
            .thenComparing(c -> c.decisionId().value(), Comparator.reverseOrder());

    private final InMemoryUnitOfWork unitOfWork;
    private final ConcurrentHashMap<AccountId, Book> books = new ConcurrentHashMap<>();

    public InMemoryDecisionRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    private static final class Book {
        final ConcurrentHashMap<ClientDecisionId, Decision> byId = new ConcurrentHashMap<>();
        final ConcurrentSkipListMap<DecisionCursor, ClientDecisionId> newestFirst =
                new ConcurrentSkipListMap<>(NEWEST_FIRST);
        final ConcurrentHashMap<OrderRef, ClientDecisionId> byOrder = new ConcurrentHashMap<>();
    }

    @Override
    public boolean insertIfAbsent(Decision decision) {
        Require.nonNull(decision, "decision");
        return unitOfWork.write(() -> {
            Book book = books.computeIfAbsent(decision.accountId(), a -> new Book());
            synchronized (book) {
                Decision stored = book.byId.get(decision.decisionId());
                if (stored != null) {
                    if (!stored.withoutOrders().equals(decision.withoutOrders())) {
                        throw taken(decision);
                    }
                    return false;
                }
                for (OrderRef order : decision.orders()) {
                    if (book.byOrder.containsKey(order)) {
                        throw linkedElsewhere(order, book.byOrder.get(order));
                    }
                }
                book.byId.put(decision.decisionId(), decision);
                book.newestFirst.put(decision.cursor(), decision.decisionId());
                for (OrderRef order : decision.orders()) {
                    book.byOrder.put(order, decision.decisionId());
                }
            }
            unitOfWork.onRollback(() -> {
                synchronized (book) {
                    decision.orders().forEach(book.byOrder::remove);
                    book.newestFirst.remove(decision.cursor());
                    book.byId.remove(decision.decisionId());
                }
            });
            return true;
        });
    }

    @Override
    public Optional<Decision> find(AccountId accountId, ClientDecisionId decisionId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(decisionId, "decisionId");
        Book book = books.get(accountId);
        return book == null ? Optional.empty() : Optional.ofNullable(book.byId.get(decisionId));
    }

    @Override
    public boolean linkOrder(AccountId accountId, ClientDecisionId decisionId, OrderRef order) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(decisionId, "decisionId");
        Require.nonNull(order, "order");
        return unitOfWork.write(() -> {
            Book book = books.computeIfAbsent(accountId, a -> new Book());
            Decision before;
            synchronized (book) {
                before = book.byId.get(decisionId);
                if (before == null) {
                    throw new InvalidValueException("decisionId", "account " + accountId + " has no decision "
                            + decisionId);
                }
                if (before.action() == DecisionAction.HOLD) {
                    throw new InvalidValueException("decisionId", "decision " + decisionId
                            + " is a HOLD: it produces no order");
                }
                ClientDecisionId owner = book.byOrder.get(order);
                if (owner != null) {
                    if (owner.equals(decisionId)) {
                        return false;
                    }
                    throw linkedElsewhere(order, owner);
                }
                book.byOrder.put(order, decisionId);
                book.byId.put(decisionId, before.withOrder(order));
            }
            unitOfWork.onRollback(() -> {
                synchronized (book) {
                    book.byOrder.remove(order);
                    book.byId.computeIfPresent(decisionId, (id, d) -> withoutOrder(d, order));
                }
            });
            return true;
        });
    }

    private static Decision withoutOrder(Decision d, OrderRef order) {
        Decision result = d.withoutOrders();
        for (OrderRef o : d.orders()) {
            if (!o.equals(order)) {
                result = result.withOrder(o);
            }
        }
        return result;
    }

    @Override
    public List<Decision> find(DecisionQuery query) {
        Require.nonNull(query, "query");
        Book book = books.get(query.accountId());
        if (book == null) {
            return List.of();
        }
        List<Decision> page = new ArrayList<>();
        var from = query.after().isPresent() ? book.newestFirst.tailMap(query.after().get(), false) : book.newestFirst;
        for (ClientDecisionId id : from.values()) {
            Decision d = book.byId.get(id);
            if (d == null || d.decidedAt().isBefore(query.from())) {
                if (d != null) {
                    break; // older than the window: so is everything after it
                }
                continue;
            }
            if (query.matches(d)) {
                page.add(d);
                if (page.size() == query.limit()) {
                    break;
                }
            }
        }
        return List.copyOf(page);
    }

    @Override
    public Optional<Decision> findByOrder(AccountId accountId, OrderRef order) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(order, "order");
        Book book = books.get(accountId);
        if (book == null) {
            return Optional.empty();
        }
        ClientDecisionId id = book.byOrder.get(order);
        return id == null ? Optional.empty() : Optional.ofNullable(book.byId.get(id));
    }

    private static DuplicateKeyException taken(Decision d) {
        return new DuplicateKeyException("account " + d.accountId() + " already has decision " + d.decisionId()
                + " with other content");
    }

    private static DuplicateKeyException linkedElsewhere(OrderRef order, ClientDecisionId owner) {
        return new DuplicateKeyException("order " + order + " is linked to decision " + owner + " already");
    }
}
