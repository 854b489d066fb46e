package io.tradekit.adapters.inmemory.position;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.adapters.inmemory.StampedReads;
import io.tradekit.adapters.inmemory.TimeOrderKey;
import io.tradekit.domain.position.CloseQuery;
import io.tradekit.domain.position.CloseSummary;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionClose;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.DuplicateKeyException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.shared.TokenId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Positions per account. Each account has a book: positions by id, its open positions by token (at most
 * one each), and its closes in (closed time, position id) order, overall and per market (for analytics; risk
 * reads the account's ledger instead). Writes of one account take that book's lock (accounts never wait for each other);
 * reads take none: single lookups read the concurrent maps, multi-row reads use an optimistic stamp and
 * retry under the read lock only if a write got in between.
 */
public final class InMemoryPositionRepository implements PositionRepository {
    /** The order of open-position lists: by opening time, then id. */
    public static final Comparator<Position> OPEN_ORDER =
            Comparator.comparing(Position::openedAt).thenComparing(p -> p.id().value());

    private final InMemoryUnitOfWork unitOfWork;
    private final ConcurrentHashMap<AccountId, Book> books = new ConcurrentHashMap<>();

    public InMemoryPositionRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Position insert(Position position) {
        Require.nonNull(position, "position");
        return unitOfWork.write(() -> {
            Book book = books.computeIfAbsent(position.accountId(), a -> new Book());
            long stamp = book.lock.writeLock();
            try {
                if (book.byId.containsKey(position.id())) {
                    throw new DuplicateKeyException("position " + position.id() + " of account "
                            + position.accountId() + " already exists");
                }
                book.requireNoOtherOpen(position);
                book.replace(null, position);
            } finally {
                book.lock.unlockWrite(stamp);
            }
            unitOfWork.onRollback(() -> book.replaceLocked(position, null));
            return position;
        });
    }

    @Override
    public Position update(Position position) {
        Require.nonNull(position, "position");
        return unitOfWork.write(() -> {
            Book book = books.get(position.accountId());
            if (book == null) {
                throw stale(position);
            }
            Position stored;
            Position next = position.withVersion(position.version() + 1);
            long stamp = book.lock.writeLock();
            try {
                stored = book.byId.get(position.id());
                if (stored == null || stored.version() != position.version()) {
                    throw stale(position);
                }
                position.requireSuccessorOf(stored); // before any index moves: a refusal writes nothing
                book.requireNoOtherOpen(next);
                book.replace(stored, next);
            } finally {
                book.lock.unlockWrite(stamp);
            }
            Position previous = stored;
            unitOfWork.onRollback(() -> book.replaceLocked(next, previous));
            return next;
        });
    }

    private static StaleVersionException stale(Position position) {
        return new StaleVersionException("position", position.id().value(), position.version());
    }

    @Override
    public Optional<Position> findById(AccountId accountId, PositionId id) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(id, "id");
        Book book = books.get(accountId);
        return book == null ? Optional.empty() : Optional.ofNullable(book.byId.get(id));
    }

    @Override
    public Optional<Position> findOpenByToken(AccountId accountId, TokenId tokenId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(tokenId, "tokenId");
        Book book = books.get(accountId);
        return book == null ? Optional.empty() : Optional.ofNullable(book.openByToken.get(tokenId));
    }

    @Override
    public List<Position> findOpenByAccount(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        return readOpen(accountId, open -> sortedOpen(open, null));
    }

    @Override
    public List<Position> findOpenByCondition(AccountId accountId, ConditionId conditionId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(conditionId, "conditionId");
        return readOpen(accountId, open -> sortedOpen(open, conditionId));
    }

    private static List<Position> sortedOpen(Collection<Position> open, ConditionId conditionId) {
        List<Position> list = new ArrayList<>(open.size());
        for (Position p : open) {
            if (conditionId == null || p.conditionId().equals(conditionId)) {
                list.add(p);
            }
        }
        list.sort(OPEN_ORDER);
        return List.copyOf(list);
    }

    /**
     * Runs a side-effect-free {@code reader} over the account's open positions as one consistent state
     * (never half of a concurrent write): for the risk snapshot and open-position lists.
     */
    public <T> T readOpen(AccountId accountId, Function<Collection<Position>, T> reader) {
        Book book = books.get(accountId);
        if (book == null) {
            return reader.apply(List.of());
        }
        return book.read(() -> reader.apply(book.openByToken.values()));
    }

    @Override
    public CloseSummary summarizeCloses(CloseQuery query) {
        Require.nonNull(query, "query");
        Book book = books.get(query.accountId());
        if (book == null) {
            return CloseSummary.EMPTY;
        }
        return book.read(() -> {
            long wins = 0;
            long losses = 0;
            long breakevens = 0;
            Money net = Money.ZERO;
            Money grossProfit = Money.ZERO;
            Money grossLoss = Money.ZERO;
            Money largestWin = null;
            Money largestLoss = null;
            for (PositionClose close : book.closesIn(query).values()) {
                Money pnl = close.netPnl();
                net = net.plus(pnl);
                if (pnl.isPositive()) {
                    wins++;
                    grossProfit = grossProfit.plus(pnl);
                    largestWin = largestWin == null ? pnl : largestWin.max(pnl);
                } else if (pnl.isNegative()) {
                    losses++;
                    Money loss = pnl.negate();
                    grossLoss = grossLoss.plus(loss);
                    largestLoss = largestLoss == null ? loss : largestLoss.max(loss);
                } else {
                    breakevens++;
                }
            }
            return new CloseSummary(wins + losses + breakevens, wins, losses, breakevens, net, grossProfit, grossLoss,
                    largestWin, largestLoss);
        });
    }

    @Override
    public void forEachClose(CloseQuery query, Consumer<PositionClose> consumer) {
        Require.nonNull(query, "query");
        Require.nonNull(consumer, "consumer");
        Book book = books.get(query.accountId());
        if (book == null) {
            return;
        }
        // streamed off the live index (weakly consistent, no lock held while the consumer runs)
        for (PositionClose close : book.closesIn(query).values()) {
            consumer.accept(close);
        }
    }

    /** Key of the close indexes: (closed at, position id). */
    private static TimeOrderKey closeKey(Position p) {
        return new TimeOrderKey(p.closedAt().orElseThrow(), p.id().value());
    }

    private static final class Book {
        final StampedLock lock = new StampedLock();
        final ConcurrentHashMap<PositionId, Position> byId = new ConcurrentHashMap<>();
        final ConcurrentHashMap<TokenId, Position> openByToken = new ConcurrentHashMap<>();
        final ConcurrentSkipListMap<TimeOrderKey, PositionClose> closes = new ConcurrentSkipListMap<>();
        final ConcurrentHashMap<ConditionId, ConcurrentSkipListMap<TimeOrderKey, PositionClose>> closesByCondition =
                new ConcurrentHashMap<>();

        <T> T read(Supplier<T> reader) {
            return StampedReads.read(lock, reader);
        }

        NavigableMap<TimeOrderKey, PositionClose> closesIn(CloseQuery query) {
            NavigableMap<TimeOrderKey, PositionClose> source = query.conditionId().isPresent()
                    ? closesByCondition.get(query.conditionId().get())
                    : closes;
            if (source == null) {
                return new ConcurrentSkipListMap<>();
            }
            return source.subMap(TimeOrderKey.lowest(query.from()), true, TimeOrderKey.lowest(query.to()), false);
        }

        /** Caller holds the write lock. */
        void requireNoOtherOpen(Position position) {
            if (!position.isOpen()) {
                return;
            }
            Position open = openByToken.get(position.tokenId());
            if (open != null && !open.id().equals(position.id())) {
                throw new DuplicateKeyException("account " + position.accountId() + " already has an open position ("
                        + open.id() + ") in token " + position.tokenId());
            }
        }

        void replaceLocked(Position current, Position next) {
            long stamp = lock.writeLock();
            try {
                replace(current, next);
            } finally {
                lock.unlockWrite(stamp);
            }
        }

        /** Moves the stored state of one position from {@code current} to {@code next} (null = absent), indexes included. Caller holds the write lock. */
        void replace(Position current, Position next) {
            if (next != null) {
                byId.put(next.id(), next);
            } else if (current != null) {
                byId.remove(current.id());
            }
            if (current != null) {
                if (current.isOpen()) {
                    if (next == null || !next.isOpen() || !next.tokenId().equals(current.tokenId())) {
                        openByToken.remove(current.tokenId());
                    }
                } else {
                    TimeOrderKey key = closeKey(current);
                    closes.remove(key);
                    ConcurrentSkipListMap<TimeOrderKey, PositionClose> market =
                            closesByCondition.get(current.conditionId());
                    if (market != null) {
                        market.remove(key);
                    }
                }
            }
            if (next != null) {
                if (next.isOpen()) {
                    openByToken.put(next.tokenId(), next);
                } else {
                    TimeOrderKey key = closeKey(next);
                    PositionClose close = new PositionClose(next.id(), next.conditionId(), next.tokenId(),
                            key.at(), next.realizedPnl(), next.fees());
                    closes.put(key, close);
                    closesByCondition.computeIfAbsent(next.conditionId(), c -> new ConcurrentSkipListMap<>())
                            .put(key, close);
                }
            }
        }
    }
}
