package io.tradekit.adapters.postgres.risk;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

/** SQL in RiskSnapshotMapper.xml. */
interface RiskSnapshotMapper {
    RiskSnapshotRow snapshot(@Param("accountId") String accountId, @Param("dayStart") Instant dayStart,
            @Param("conditionId") String conditionId, @Param("eventId") String eventId,
            @Param("tokenId") String tokenId);
}
