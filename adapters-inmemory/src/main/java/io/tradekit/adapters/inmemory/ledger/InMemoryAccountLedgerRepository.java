package io.tradekit.adapters.inmemory.ledger;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.ledger.AccountLedgerRepository;
import io.tradekit.domain.ledger.LedgerEntry;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Account ledgers: per account the stored ledger (without entries) and its entries in (time, sequence) order,
 * so that a read since a day start walks that day's entries only. Saves compare the version under the
 * account's monitor; reads take no lock (a save appends its entries before it publishes the ledger, and a
 * read keeps only the entries its ledger counts).
 */
public final class InMemoryAccountLedgerRepository implements AccountLedgerRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final ConcurrentHashMap<AccountId, Book> books = new ConcurrentHashMap<>();

    public InMemoryAccountLedgerRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    private record EntryKey(Instant at, long sequence) implements Comparable<EntryKey> {
        @Override
        public int compareTo(EntryKey o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    private static final class Book {
        /** the stored ledger, its entries left out (they live in {@link #entries}); null before the first save */
        volatile AccountLedger stored;
        final ConcurrentSkipListMap<EntryKey, LedgerEntry> entries = new ConcurrentSkipListMap<>();
    }

    @Override
    public Optional<AccountLedger> find(AccountId accountId, Instant entriesSince) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(entriesSince, "entriesSince");
        Book book = books.get(accountId);
        AccountLedger head = book == null ? null : book.stored;
        if (head == null) {
            return Optional.empty();
        }
        List<LedgerEntry> since = new ArrayList<>();
        for (LedgerEntry e : book.entries.tailMap(new EntryKey(entriesSince, Long.MIN_VALUE), true).values()) {
            if (e.sequence() <= head.entryCount()) {
                since.add(e);
            }
        }
        return Optional.of(AccountLedger.restore(head.accountId(), head.closes(), head.realizedNetTotal(),
                head.peakRealizedNet(), head.peakBeforeLastClose(), head.losingStreak(), head.lastCloseAt(),
                head.entryCount(), head.version(), entriesSince, since));
    }

    @Override
    public AccountLedger save(AccountLedger ledger) {
        Require.nonNull(ledger, "ledger");
        AccountId account = ledger.accountId();
        return unitOfWork.write(() -> {
            Book book = books.computeIfAbsent(account, a -> new Book());
            AccountLedger previous;
            List<LedgerEntry> appended = ledger.unsavedEntries();
            AccountLedger next = ledger.stored(ledger.version() + 1);
            synchronized (book) {
                previous = book.stored;
                long storedVersion = previous == null ? 0 : previous.version();
                if (storedVersion != ledger.version()) {
                    throw new StaleVersionException("ledger of account", account.value(), ledger.version());
                }
                for (LedgerEntry e : appended) {
                    book.entries.put(new EntryKey(e.at(), e.sequence()), e);
                }
                book.stored = headOf(next);
            }
            unitOfWork.onRollback(() -> {
                synchronized (book) {
                    book.stored = previous;
                    for (LedgerEntry e : appended) {
                        book.entries.remove(new EntryKey(e.at(), e.sequence()));
                    }
                }
            });
            return next;
        });
    }

    private static AccountLedger headOf(AccountLedger l) {
        return AccountLedger.restore(l.accountId(), l.closes(), l.realizedNetTotal(), l.peakRealizedNet(),
                l.peakBeforeLastClose(), l.losingStreak(), l.lastCloseAt(), l.entryCount(), l.version(), Instant.MAX,
                List.of());
    }
}
