package io.tradekit.bootstrap.replay;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Decimals;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One checked print of the tape in flat form, as the reader hands it to a sink (and {@link SortedTape} stores it):
 * prices and sizes as their unscaled value at the kit's 8 decimals, times as microseconds since the epoch (the kit
 * keeps microseconds). The reader reuses one row for every line, so a sink copies what it keeps; {@link #print}
 * builds the domain objects.
 */
final class TapeRow {
    /** {@link #size} when the size does not fit a long at 8 decimals; {@link #bigSize} holds it then. */
    static final long BIG = Long.MIN_VALUE;

    String tradeId;
    ConditionId conditionId;
    TokenId tokenId;
    long price;
    long size;
    BigDecimal bigSize;
    boolean buy;
    long timestamp;
    long receivedAt;
    long line;

    /** Equal for two rows with equal print values (the trade id and the received time aside). */
    int valueHash() {
        int h = conditionId.hashCode();
        h = 31 * h + tokenId.hashCode();
        h = 31 * h + Long.hashCode(price);
        h = 31 * h + (size == BIG ? bigSize.hashCode() : Long.hashCode(size));
        h = 31 * h + (buy ? 1 : 2);
        return 31 * h + Long.hashCode(timestamp);
    }

    void set(MarketTrade trade, Instant received, long line) {
        tradeId = trade.tradeId().value();
        conditionId = trade.conditionId();
        tokenId = trade.tokenId();
        price = trade.price().value().unscaledValue().longValueExact(); // a binary price, at most 1
        BigDecimal s = trade.size().value();
        if (s.unscaledValue().bitLength() < 63) {
            size = s.unscaledValue().longValue();
            bigSize = null;
        } else {
            size = BIG;
            bigSize = s;
        }
        buy = trade.takerSide() == Side.BUY;
        timestamp = micros(trade.timestamp());
        receivedAt = micros(received);
        this.line = line;
    }

    /** The print with its received time and line, through {@code values}' shared prices and sizes. */
    TapePrint print(Values values) {
        Instant at = instant(timestamp);
        Instant received = receivedAt == timestamp ? at : instant(receivedAt);
        return new TapePrint(trade(values, at), received, line);
    }

    MarketTrade trade(Values values, Instant at) {
        return new MarketTrade(MarketTradeId.of(tradeId), conditionId, tokenId, values.price(price),
                size == BIG ? Quantity.of(bigSize) : values.size(size), buy ? Side.BUY : Side.SELL, at);
    }

    static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    /**
     * Prices and sizes repeat all through a tape (a few hundred ticks, round sizes): one object per value seen
     * lately instead of one per print, in a small direct-mapped table, so memory does not grow with the tape.
     */
    static final class Values {
        private static final int SLOTS = 1 << 12;
        private final Price[] prices = new Price[SLOTS];
        private final long[] priceKeys = new long[SLOTS];
        private final Quantity[] sizes = new Quantity[SLOTS];
        private final long[] sizeKeys = new long[SLOTS];

        Price price(long unscaled) {
            int slot = slot(unscaled);
            Price p = prices[slot];
            if (p == null || priceKeys[slot] != unscaled) {
                p = Price.of(BigDecimal.valueOf(unscaled, Decimals.SCALE));
                prices[slot] = p;
                priceKeys[slot] = unscaled;
            }
            return p;
        }

        Quantity size(long unscaled) {
            int slot = slot(unscaled);
            Quantity q = sizes[slot];
            if (q == null || sizeKeys[slot] != unscaled) {
                q = Quantity.of(BigDecimal.valueOf(unscaled, Decimals.SCALE));
                sizes[slot] = q;
                sizeKeys[slot] = unscaled;
            }
            return q;
        }

        private static int slot(long unscaled) {
            long h = unscaled * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 52); // the top 12 bits
        }
    }
}
