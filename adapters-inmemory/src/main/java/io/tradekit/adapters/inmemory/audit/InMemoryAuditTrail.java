package io.tradekit.adapters.inmemory.audit;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.domain.audit.AuditEntry;
import io.tradekit.domain.audit.AuditTrail;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The audit trail per account as an append-only list. Nothing here changes or removes an entry; the one
 * removal is a rollback taking back an append its own unit of work made.
 */
public final class InMemoryAuditTrail implements AuditTrail {
    private final InMemoryUnitOfWork unitOfWork;
    private final ConcurrentHashMap<AccountId, List<AuditEntry>> trails = new ConcurrentHashMap<>();

    public InMemoryAuditTrail(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public void append(AuditEntry entry) {
        Require.nonNull(entry, "entry");
        unitOfWork.write(() -> {
            List<AuditEntry> trail = trails.computeIfAbsent(entry.accountId(), a -> new ArrayList<>());
            synchronized (trail) {
                trail.add(entry);
            }
            unitOfWork.onRollback(() -> {
                synchronized (trail) {
                    trail.remove(trail.lastIndexOf(entry));
                }
            });
            return null;
        });
    }

    @Override
    public List<AuditEntry> findByAccount(AccountId accountId, Instant from, Instant to) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        List<AuditEntry> trail = trails.get(accountId);
        if (trail == null) {
            return List.of();
        }
        List<AuditEntry> result = new ArrayList<>();
        synchronized (trail) {
            for (AuditEntry e : trail) {
                if (!e.changedAt().isBefore(from) && e.changedAt().isBefore(to)) {
                    result.add(e);
                }
            }
        }
        return List.copyOf(result);
    }
}
