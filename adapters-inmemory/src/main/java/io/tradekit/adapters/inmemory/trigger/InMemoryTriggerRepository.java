package io.tradekit.adapters.inmemory.trigger;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.trigger.Trigger;
import io.tradekit.domain.trigger.TriggerRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Triggers per account under both uniqueness keys. Both keys of one account are claimed together under
 * that account's lock, so two racing creates can never both win, a loser never sees a half-made claim,
 * and a create is never refused because of a claim that is then given back. Lookups take no lock.
 */
public final class InMemoryTriggerRepository implements TriggerRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final ConcurrentHashMap<AccountId, Book> books = new ConcurrentHashMap<>();

    public InMemoryTriggerRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    private record ConditionKey(ConditionId conditionId, Price threshold) {
    }

    private record TokenKey(TokenId tokenId, Price threshold) {
    }

    /** (fired at, condition id, threshold): the order of {@link #findByAccount}, unique per account. */
    private record OrderKey(Instant firedAt, String conditionId, Price threshold) implements Comparable<OrderKey> {
        @Override
        public int compareTo(OrderKey o) {
            int c = firedAt.compareTo(o.firedAt);
            if (c != 0) {
                return c;
            }
            c = conditionId.compareTo(o.conditionId);
            return c != 0 ? c : threshold.compareTo(o.threshold);
        }
    }

    private static final class Book {
        final ConcurrentHashMap<ConditionKey, Trigger> byCondition = new ConcurrentHashMap<>();
        final ConcurrentHashMap<TokenKey, Trigger> byToken = new ConcurrentHashMap<>();
        final ConcurrentSkipListMap<OrderKey, Trigger> ordered = new ConcurrentSkipListMap<>();
    }

    @Override
    public boolean createIfFirst(Trigger trigger) {
        Require.nonNull(trigger, "trigger");
        ConditionKey conditionKey = new ConditionKey(trigger.conditionId(), trigger.threshold());
        TokenKey tokenKey = new TokenKey(trigger.tokenId(), trigger.threshold());
        OrderKey orderKey = new OrderKey(trigger.firedAt(), trigger.conditionId().value(), trigger.threshold());
        return unitOfWork.write(() -> {
            Book book = books.computeIfAbsent(trigger.accountId(), a -> new Book());
            synchronized (book) {
                if (book.byCondition.containsKey(conditionKey) || book.byToken.containsKey(tokenKey)) {
                    return false;
                }
                book.byCondition.put(conditionKey, trigger);
                book.byToken.put(tokenKey, trigger);
                book.ordered.put(orderKey, trigger);
            }
            unitOfWork.onRollback(() -> {
                synchronized (book) {
                    book.ordered.remove(orderKey);
                    book.byToken.remove(tokenKey);
                    book.byCondition.remove(conditionKey);
                }
            });
            return true;
        });
    }

    @Override
    public Optional<Trigger> findByCondition(AccountId accountId, ConditionId conditionId, Price threshold) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(threshold, "threshold");
        Book book = books.get(accountId);
        return book == null ? Optional.empty()
                : Optional.ofNullable(book.byCondition.get(new ConditionKey(conditionId, threshold)));
    }

    @Override
    public Optional<Trigger> findByToken(AccountId accountId, TokenId tokenId, Price threshold) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(tokenId, "tokenId");
        Require.nonNull(threshold, "threshold");
        Book book = books.get(accountId);
        return book == null ? Optional.empty()
                : Optional.ofNullable(book.byToken.get(new TokenKey(tokenId, threshold)));
    }

    @Override
    public List<Trigger> findByAccount(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        Book book = books.get(accountId);
        return book == null ? List.of() : List.copyOf(book.ordered.values());
    }
}
