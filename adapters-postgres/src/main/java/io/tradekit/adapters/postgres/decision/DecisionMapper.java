package io.tradekit.adapters.postgres.decision;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL in DecisionMapper.xml. */
interface DecisionMapper {
    /** 1 when inserted, 0 when the id was taken. */
    int insertIfAbsent(DecisionRow row);

    /** 1 when linked, 0 when the order was linked (to whichever decision) already. */
    int linkOrder(@Param("accountId") String accountId, @Param("decisionId") String decisionId,
            @Param("clientOrderId") String clientOrderId);

    DecisionRow find(@Param("accountId") String accountId, @Param("decisionId") String decisionId);

    String findDecisionOfOrder(@Param("accountId") String accountId, @Param("clientOrderId") String clientOrderId);

    List<DecisionRow> findPage(@Param("accountId") String accountId, @Param("from") Instant from,
            @Param("to") Instant to, @Param("conditionId") String conditionId, @Param("afterAt") Instant afterAt,
            @Param("afterId") String afterId, @Param("limit") int limit);
}
