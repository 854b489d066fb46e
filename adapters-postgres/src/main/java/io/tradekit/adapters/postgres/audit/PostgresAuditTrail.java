package io.tradekit.adapters.postgres.audit;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.audit.AuditEntry;
import io.tradekit.domain.audit.AuditTrail;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import java.time.Instant;
import java.util.List;
import org.mybatis.spring.SqlSessionTemplate;

/** The audit trail in PostgreSQL's {@code audit_entries}, which a trigger keeps append-only. */
public final class PostgresAuditTrail implements AuditTrail {
    private final AuditTrailMapper mapper;
    private final StoreCalls calls;

    public PostgresAuditTrail(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(AuditTrailMapper.class);
        this.calls = calls;
    }

    @Override
    public void append(AuditEntry entry) {
        Require.nonNull(entry, "entry");
        AuditEntryRow row = AuditEntryRow.of(entry);
        calls.call("append an audit entry for " + entry.accountId(), () -> mapper.append(row));
    }

    @Override
    public List<AuditEntry> findByAccount(AccountId accountId, Instant from, Instant to) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        return calls.call("read the audit trail of " + accountId,
                () -> mapper.findByAccount(accountId.value(), Bounds.ceilMicros(from), Bounds.ceilMicros(to)))
                .stream().map(AuditEntryRow::toEntry).toList();
    }
}
