package io.tradekit.adapters.postgres.position;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/** SQL in PositionMapper.xml. */
interface PositionMapper {
    /** 0 when the id is taken or the account already holds an open position in the token. */
    int insertIfAbsent(PositionRow row);

    boolean exists(@Param("accountId") String accountId, @Param("id") String id);

    /** 0 when the stored version is no longer {@code row.version()}. */
    int update(PositionRow row);

    PositionRow findById(@Param("accountId") String accountId, @Param("id") String id);

    PositionRow findOpenByToken(@Param("accountId") String accountId, @Param("tokenId") String tokenId);

    List<PositionRow> findOpenByAccount(@Param("accountId") String accountId);

    List<PositionRow> findOpenByCondition(@Param("accountId") String accountId,
            @Param("conditionId") String conditionId);

    CloseSummaryRow summarizeCloses(@Param("accountId") String accountId, @Param("from") Instant from,
            @Param("to") Instant to, @Param("conditionId") String conditionId);

    Cursor<CloseRow> streamCloses(@Param("accountId") String accountId, @Param("from") Instant from,
            @Param("to") Instant to, @Param("conditionId") String conditionId);
}
