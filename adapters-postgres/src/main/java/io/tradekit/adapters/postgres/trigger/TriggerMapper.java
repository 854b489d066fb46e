package io.tradekit.adapters.postgres.trigger;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL in TriggerMapper.xml. */
interface TriggerMapper {
    /** 1 when this insert created the trigger, 0 when either of its two keys was already taken. */
    int createIfFirst(TriggerRow row);

    TriggerRow findByCondition(@Param("accountId") String accountId, @Param("conditionId") String conditionId,
            @Param("threshold") BigDecimal threshold);

    TriggerRow findByToken(@Param("accountId") String accountId, @Param("tokenId") String tokenId,
            @Param("threshold") BigDecimal threshold);

    List<TriggerRow> findByAccount(@Param("accountId") String accountId);
}
