package io.tradekit.domain.snapshot;

import io.tradekit.domain.shared.AccountId;
import java.time.Instant;
import java.util.List;

/** Performance snapshots, one per (account, time). */
public interface PerformanceSnapshotRepository {
    /** @return true when stored now; false when the account has a snapshot at that time (left as it is) */
    boolean insertIfAbsent(PerformanceSnapshot snapshot);

    /** The account's snapshots taken in [from, to), oldest first. */
    List<PerformanceSnapshot> findSeries(AccountId accountId, Instant from, Instant to);
}
