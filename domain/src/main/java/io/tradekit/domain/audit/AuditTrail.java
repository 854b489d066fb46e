package io.tradekit.domain.audit;

import io.tradekit.domain.shared.AccountId;
import java.time.Instant;
import java.util.List;

/**
 * The append-only audit trail. There is deliberately no update and no delete: an entry, once appended (and its
 * unit of work committed), stays as written. The PostgreSQL store refuses UPDATE and DELETE on it too.
 */
public interface AuditTrail {
    /** Appends one entry, in the caller's unit of work (it goes when the change it records is rolled back). */
    void append(AuditEntry entry);

    /** The account's entries changed in [from, to), in the order they were appended. */
    List<AuditEntry> findByAccount(AccountId accountId, Instant from, Instant to);
}
