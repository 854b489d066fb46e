package io.tradekit.adapters.inmemory.snapshot;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.snapshot.PerformanceSnapshot;
import io.tradekit.domain.snapshot.PerformanceSnapshotRepository;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Performance snapshots per account in time order; one per (account, time) by putIfAbsent. */
public final class InMemoryPerformanceSnapshotRepository implements PerformanceSnapshotRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final ConcurrentHashMap<AccountId, ConcurrentSkipListMap<Instant, PerformanceSnapshot>> series =
            new ConcurrentHashMap<>();

    public InMemoryPerformanceSnapshotRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public boolean insertIfAbsent(PerformanceSnapshot snapshot) {
        Require.nonNull(snapshot, "snapshot");
        return unitOfWork.write(() -> {
            ConcurrentSkipListMap<Instant, PerformanceSnapshot> s =
                    series.computeIfAbsent(snapshot.accountId(), a -> new ConcurrentSkipListMap<>());
            if (s.putIfAbsent(snapshot.takenAt(), snapshot) != null) {
                return false;
            }
            unitOfWork.onRollback(() -> s.remove(snapshot.takenAt(), snapshot));
            return true;
        });
    }

    @Override
    public List<PerformanceSnapshot> findSeries(AccountId accountId, Instant from, Instant to) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        ConcurrentSkipListMap<Instant, PerformanceSnapshot> s = series.get(accountId);
        if (s == null || !from.isBefore(to)) {
            return List.of();
        }
        return List.copyOf(s.subMap(from, true, to, false).values());
    }
}
