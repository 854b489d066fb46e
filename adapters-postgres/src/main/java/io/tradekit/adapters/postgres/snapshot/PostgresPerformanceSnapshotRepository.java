package io.tradekit.adapters.postgres.snapshot;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.snapshot.PerformanceSnapshot;
import io.tradekit.domain.snapshot.PerformanceSnapshotRepository;
import java.time.Instant;
import java.util.List;
import org.mybatis.spring.SqlSessionTemplate;

/** Performance snapshots in PostgreSQL, one row per (account, time). */
public final class PostgresPerformanceSnapshotRepository implements PerformanceSnapshotRepository {
    private final PerformanceSnapshotMapper mapper;
    private final StoreCalls calls;

    public PostgresPerformanceSnapshotRepository(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(PerformanceSnapshotMapper.class);
        this.calls = calls;
    }

    @Override
    public boolean insertIfAbsent(PerformanceSnapshot snapshot) {
        Require.nonNull(snapshot, "snapshot");
        PerformanceSnapshotRow row = PerformanceSnapshotRow.of(snapshot);
        return calls.call("store the performance snapshot of " + snapshot.accountId() + " at " + snapshot.takenAt(),
                () -> mapper.insertIfAbsent(row)) == 1;
    }

    @Override
    public List<PerformanceSnapshot> findSeries(AccountId accountId, Instant from, Instant to) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        return calls.call("read the performance snapshots of " + accountId,
                () -> mapper.findSeries(accountId.value(), Bounds.ceilMicros(from), Bounds.ceilMicros(to)))
                .stream().map(PerformanceSnapshotRow::toSnapshot).toList();
    }
}
