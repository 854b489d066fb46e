package io.tradekit.adapters.postgres.trade;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL in TradeMapper.xml. */
interface TradeMapper {
    int insertIfAbsent(TradeRow trade);

    int insertLegs(@Param("trade") TradeRow trade, @Param("legs") List<TradeLegRow> legs);

    List<TradeWithLegRow> find(@Param("accountId") String accountId, @Param("clientTradeId") String clientTradeId);
}
