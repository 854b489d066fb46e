package io.tradekit.adapters.inmemory.trade;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.adapters.inmemory.StampedReads;
import io.tradekit.adapters.inmemory.TimeOrderKey;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import io.tradekit.domain.trade.TradeRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;

/**
 * Our executions per account: by client id, and by execution time.
 */
public final class InMemoryTradeRepository implements TradeRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final ConcurrentHashMap<AccountId, Book> books = new ConcurrentHashMap<>();

    public InMemoryTradeRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    private static final class Book {
        final StampedLock lock = new StampedLock();
        final ConcurrentHashMap<ClientTradeId, Trade> byClientId = new ConcurrentHashMap<>();
        final ConcurrentSkipListMap<TimeOrderKey, Trade> byTime = new ConcurrentSkipListMap<>();

        <T> T read(Supplier<T> reader) {
            return StampedReads.read(lock, reader);
        }
    }

    @Override
    public boolean insertIfAbsent(Trade trade) {
        Require.nonNull(trade, "trade");
        // the by-time index: (executed at, client id), unique per account
        TimeOrderKey key = new TimeOrderKey(trade.executedAt(), trade.clientTradeId().value());
        return unitOfWork.write(() -> {
            Book book = books.computeIfAbsent(trade.accountId(), a -> new Book());
            long stamp = book.lock.writeLock();
            try {
                if (book.byClientId.putIfAbsent(trade.clientTradeId(), trade) != null) {
                    return false;
                }
                book.byTime.put(key, trade);
            } finally {
                book.lock.unlockWrite(stamp);
            }
            unitOfWork.onRollback(() -> {
                long undo = book.lock.writeLock();
                try {
                    book.byTime.remove(key);
                    book.byClientId.remove(trade.clientTradeId());
                } finally {
                    book.lock.unlockWrite(undo);
                }
            });
            return true;
        });
    }

    @Override
    public Optional<Trade> find(AccountId accountId, ClientTradeId clientTradeId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(clientTradeId, "clientTradeId");
        Book book = books.get(accountId);
        return book == null ? Optional.empty() : Optional.ofNullable(book.byClientId.get(clientTradeId));
    }

    /** The account's trades executed at or after {@code since}, in (executed at, client id) order (a live view). */
    public Collection<Trade> executedSince(AccountId accountId, Instant since) {
        Book book = books.get(accountId);
        return book == null ? List.of() : book.byTime.tailMap(TimeOrderKey.lowest(since), true).values();
    }
}
