package io.tradekit.domain.tape;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Duration;
import java.time.Instant;

/**
 * One print on the venue's tape: public market data, shared by every account that reads it
 * (unlike our own trades, it belongs to no account). Idempotent by {@link #tradeId()}.
 */
public record MarketTrade(
        MarketTradeId tradeId,
        ConditionId conditionId,
        TokenId tokenId,
        Price price,
        Quantity size,
        Side takerSide,
        Instant timestamp) {

    public MarketTrade {
        Require.nonNull(tradeId, "tradeId");
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(tokenId, "tokenId");
        Require.nonNull(price, "price");
        Require.nonNull(size, "size");
        if (!size.isPositive()) {
            throw new InvalidValueException("size", "a print has a positive size, got " + size);
        }
        Require.nonNull(takerSide, "takerSide");
        timestamp = Times.micros(timestamp, "timestamp");
    }

    /** Where this print sits in its market's stream, for watermarks. */
    public WatermarkPosition position() {
        return new WatermarkPosition(timestamp, tradeId.value());
    }

    /** Older than {@code maxAge} at {@code now}: such a print never fires a trigger. */
    public boolean isStaleAt(Instant now, Duration maxAge) {
        Require.nonNull(now, "now");
        Require.nonNull(maxAge, "maxAge");
        return Duration.between(timestamp, now).compareTo(maxAge) > 0;
    }
}
