package io.tradekit.adapters.inmemory.trade;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Our executions per account: by client id, and by execution time for "today" figures. */
public final class InMemoryTradeRepository implements TradeRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final ConcurrentHashMap<AccountId, Book> books = new ConcurrentHashMap<>();

    public InMemoryTradeRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    /** Key of the by-time index: (executed at, client id), unique per account. */
    private record TimeKey(Instant executedAt, String clientTradeId) implements Comparable<TimeKey> {
        @Override
        public int compareTo(TimeKey o) {
            int c = executedAt.compareTo(o.executedAt);
            return c != 0 ? c : clientTradeId.compareTo(o.clientTradeId);
        }
    }

    private static final class Book {
        final ConcurrentHashMap<ClientTradeId, Trade> byClientId = new ConcurrentHashMap<>();
        final ConcurrentSkipListMap<TimeKey, Trade> byTime = new ConcurrentSkipListMap<>();
    }

    @Override
    public boolean insertIfAbsent(Trade trade) {
        Require.nonNull(trade, "trade");
        return unitOfWork.write(() -> {
            Book book = books.computeIfAbsent(trade.accountId(), a -> new Book());
            if (book.byClientId.putIfAbsent(trade.clientTradeId(), trade) != null) {
                return false;
            }
            TimeKey key = new TimeKey(trade.executedAt(), trade.clientTradeId().value());
            book.byTime.put(key, trade);
            unitOfWork.onRollback(() -> {
                book.byTime.remove(key);
                book.byClientId.remove(trade.clientTradeId());
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

    /**
     * The account's trades executed at or after {@code since}, in (executed at, client id) order: a live
     * view over the index, for the risk snapshot's "today" figures.
     */
    public Collection<Trade> executedSince(AccountId accountId, Instant since) {
        Book book = books.get(accountId);
        return book == null ? List.of() : book.byTime.tailMap(new TimeKey(since, ""), true).values();
    }
}
