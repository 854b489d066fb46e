package io.tradekit.adapters.postgres.trade;

import java.math.BigDecimal;
import java.time.Instant;

/** A trade joined with one of its legs: what {@code find} reads, one row per leg. */
record TradeWithLegRow(String accountId, String clientTradeId, Instant executedAt, String eventId, int legNo,
        String conditionId, String tokenId, String side, BigDecimal requestedQuantity, BigDecimal filledQuantity,
        BigDecimal price, BigDecimal fee, String status) {

    TradeLegRow leg() {
        return new TradeLegRow(legNo, conditionId, tokenId, side, requestedQuantity, filledQuantity, price, fee, status);
    }
}
