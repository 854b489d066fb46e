package io.tradekit.adapters.postgres.trade;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.trade.LegStatus;
import io.tradekit.domain.trade.TradeLeg;
import java.math.BigDecimal;

/** One row of {@code trade_legs}; {@code legNo} keeps the legs in the order the trade listed them. */
record TradeLegRow(int legNo, String conditionId, String tokenId, String side, BigDecimal requestedQuantity,
        BigDecimal filledQuantity, BigDecimal price, BigDecimal fee, String status) {

    static TradeLegRow of(int legNo, TradeLeg leg) {
        return new TradeLegRow(legNo, leg.conditionId().value(), leg.tokenId().value(), leg.side().name(),
                leg.requestedQuantity().value(), leg.filledQuantity().value(), leg.price().value(), leg.fee().amount(),
                leg.status().name());
    }

    TradeLeg toLeg() {
        return new TradeLeg(ConditionId.of(conditionId), TokenId.of(tokenId), Side.valueOf(side),
                Quantity.of(requestedQuantity), Quantity.of(filledQuantity), Price.of(price), Money.of(fee),
                LegStatus.valueOf(status));
    }
}
