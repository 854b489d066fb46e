package io.tradekit.adapters.postgres.tape;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code market_trades}, as the columns hold it. */
record MarketTradeRow(String tradeId, String conditionId, String tokenId, BigDecimal price, BigDecimal size,
        String takerSide, Instant ts) {

    static MarketTradeRow of(MarketTrade trade) {
        return new MarketTradeRow(trade.tradeId().value(), trade.conditionId().value(), trade.tokenId().value(),
                trade.price().value(), trade.size().value(), trade.takerSide().name(),
                Bounds.storable(trade.timestamp(), "timestamp"));
    }

    MarketTrade toMarketTrade() {
        return new MarketTrade(MarketTradeId.of(tradeId), ConditionId.of(conditionId), TokenId.of(tokenId),
                Price.of(price), Quantity.of(size), Side.valueOf(takerSide), ts);
    }
}
