package io.tradekit.adapters.postgres.risk;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL in RiskSnapshotMapper.xml. */
interface RiskSnapshotMapper {
    List<SnapshotPartRow> snapshot(@Param("accountId") String accountId, @Param("dayStart") Instant dayStart);
}
