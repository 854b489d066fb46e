package io.tradekit.adapters.postgres.snapshot;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL in PerformanceSnapshotMapper.xml. */
interface PerformanceSnapshotMapper {
    /** 1 when stored, 0 when the account has a snapshot at that time. */
    int insertIfAbsent(PerformanceSnapshotRow row);

    List<PerformanceSnapshotRow> findSeries(@Param("accountId") String accountId, @Param("from") Instant from,
            @Param("to") Instant to);
}
