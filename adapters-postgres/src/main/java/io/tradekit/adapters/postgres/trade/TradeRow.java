package io.tradekit.adapters.postgres.trade;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.domain.trade.Trade;
import java.time.Instant;

/** One row of {@code trades}. */
record TradeRow(String accountId, String clientTradeId, Instant executedAt, String eventId) {
    static TradeRow of(Trade trade) {
        return new TradeRow(trade.accountId().value(), trade.clientTradeId().value(),
                Bounds.storable(trade.executedAt(), "executedAt"),
                trade.event().map(e -> e.value()).orElse(null));
    }
}
