package io.tradekit.adapters.postgres.audit;

import io.tradekit.domain.audit.AuditEntry;
import io.tradekit.domain.audit.AuditSubject;
import io.tradekit.domain.shared.AccountId;
import java.time.Instant;

/** One row of {@code audit_entries} (its seq, the append order, is the store's). */
record AuditEntryRow(String accountId, String subject, String subjectId, String beforeState, String afterState,
        String changedBy, Instant changedAt) {

    static AuditEntryRow of(AuditEntry e) {
        return new AuditEntryRow(e.accountId().value(), e.subject().name(), e.subjectId(), e.before(), e.after(),
                e.changedBy(), e.changedAt());
    }

    AuditEntry toEntry() {
        return new AuditEntry(AccountId.of(accountId), AuditSubject.valueOf(subject), subjectId, beforeState,
                afterState, changedBy, changedAt);
    }
}
