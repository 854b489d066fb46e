package io.tradekit.adapters.postgres.ledger;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.adapters.postgres.StoreCalls;
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
import org.mybatis.spring.SqlSessionTemplate;

/**
 * Account ledgers in PostgreSQL: one row per account ({@code account_ledgers}, compare-and-set on its version)
 * and the entries booked on it ({@code account_ledger_entries}, appended in the same transaction).
 */
public final class PostgresAccountLedgerRepository implements AccountLedgerRepository {
    private final AccountLedgerMapper mapper;
    private final StoreCalls calls;

    public PostgresAccountLedgerRepository(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(AccountLedgerMapper.class);
        this.calls = calls;
    }

    @Override
    public Optional<AccountLedger> find(AccountId accountId, Instant entriesSince) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(entriesSince, "entriesSince");
        String what = "find the ledger of " + accountId;
        // row and entries in one transaction, so the entries are those the row counts
        return calls.inTransaction(what, () -> {
            AccountLedgerRow row = mapper.find(accountId.value());
            if (row == null) {
                return Optional.empty();
            }
            List<LedgerEntry> entries = new ArrayList<>();
            if (!entriesSince.equals(Instant.MAX)) {
                for (LedgerEntryRow e : mapper.findEntriesSince(accountId.value(), Bounds.ceilMicros(entriesSince))) {
                    entries.add(e.toEntry());
                }
            }
            return Optional.of(row.toLedger(entriesSince, entries));
        });
    }

    @Override
    public AccountLedger save(AccountLedger ledger) {
        Require.nonNull(ledger, "ledger");
        AccountLedgerRow row = AccountLedgerRow.of(ledger);
        List<LedgerEntryRow> entries = new ArrayList<>();
        for (LedgerEntry e : ledger.unsavedEntries()) {
            entries.add(LedgerEntryRow.of(e));
        }
        String what = "save the ledger of " + ledger.accountId();
        int written = calls.inTransaction(what, () -> {
            // version 0: never stored, so the first writer inserts and a racing second one finds the key taken
            int rows = ledger.version() == 0 ? mapper.insertFirst(row) : mapper.update(row);
            if (rows > 0 && !entries.isEmpty()) {
                mapper.insertEntries(ledger.accountId().value(), entries);
            }
            return rows;
        });
        // thrown outside the template: a refusal that wrote nothing leaves the caller's transaction usable
        if (written == 0) {
            throw new StaleVersionException("ledger", ledger.accountId().value(), ledger.version());
        }
        return ledger.stored(ledger.version() + 1);
    }
}
