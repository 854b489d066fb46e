package io.tradekit.adapters.postgres.ledger;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL in AccountLedgerMapper.xml. */
interface AccountLedgerMapper {
    AccountLedgerRow find(@Param("accountId") String accountId);

    List<LedgerEntryRow> findEntriesSince(@Param("accountId") String accountId, @Param("since") Instant since);

    /** Stores a ledger never stored before at version 1; 0 when another writer stored one first. */
    int insertFirst(AccountLedgerRow row);

    /** Stores the next state over {@code row.version()}, bumping the version; 0 when that version is gone. */
    int update(AccountLedgerRow row);

    int insertEntries(@Param("accountId") String accountId, @Param("entries") List<LedgerEntryRow> entries);
}
