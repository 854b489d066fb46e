package io.tradekit.adapters.postgres.audit;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL in AuditTrailMapper.xml: an insert and a read, nothing else (the table refuses UPDATE and DELETE). */
interface AuditTrailMapper {
    int append(AuditEntryRow row);

    List<AuditEntryRow> findByAccount(@Param("accountId") String accountId, @Param("from") Instant from,
            @Param("to") Instant to);
}
