package io.tradekit.domain.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MarketTradeTest {
    static final Instant PRINTED = Instant.parse("2026-03-01T12:00:00Z");
    static final Duration MAX_AGE = Duration.ofSeconds(300);

    static MarketTrade print(Instant at) {
        return new MarketTrade(MarketTradeId.of("t-1"), ConditionId.of("0xcond"), TokenId.of("0xyes"),
                Price.of("0.96"), Quantity.of("25"), Side.BUY, at);
    }

    @Test
    void aPrintExactlyMaxAgeOldIsNotStale() {
        // printed 12:00:00, now 12:05:00: age 300 s == max age -> still fresh
        assertThat(print(PRINTED).isStaleAt(PRINTED.plus(MAX_AGE), MAX_AGE)).isFalse();
    }

    @Test
    void oneMicrosecondOlderIsStale() {
        // now 12:05:00.000001: age 300.000001 s > 300 s
        assertThat(print(PRINTED).isStaleAt(PRINTED.plus(MAX_AGE).plusNanos(1000), MAX_AGE)).isTrue();
        assertThat(print(PRINTED).isStaleAt(PRINTED.plus(Duration.ofDays(1)), MAX_AGE)).isTrue();
    }

    @Test
    void youngerPrintsAndPrintsFromTheFutureAreFresh() {
        assertThat(print(PRINTED).isStaleAt(PRINTED, MAX_AGE)).isFalse();
        assertThat(print(PRINTED).isStaleAt(PRINTED.plusSeconds(299), MAX_AGE)).isFalse();
        // a venue clock slightly ahead of ours gives a negative age: not stale
        assertThat(print(PRINTED).isStaleAt(PRINTED.minusSeconds(2), MAX_AGE)).isFalse();
    }

    @Test
    void theBoundaryHoldsForTimestampsWithMicroseconds() {
        Instant printed = Instant.parse("2026-03-01T12:00:00.123456Z");

        assertThat(print(printed).isStaleAt(Instant.parse("2026-03-01T12:05:00.123456Z"), MAX_AGE)).isFalse();
        assertThat(print(printed).isStaleAt(Instant.parse("2026-03-01T12:05:00.123457Z"), MAX_AGE)).isTrue();
    }

    @Test
    void stalenessNeedsANowAndAMaxAge() {
        assertThatThrownBy(() -> print(PRINTED).isStaleAt(null, MAX_AGE))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("now: must not be null");
        assertThatThrownBy(() -> print(PRINTED).isStaleAt(PRINTED, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("maxAge: must not be null");
    }

    @Test
    void itsStreamPositionIsTimestampAndTradeId() {
        assertThat(print(PRINTED).position()).isEqualTo(WatermarkPosition.of(PRINTED, "t-1"));
    }

    @Test
    void theTimestampIsKeptToTheMicrosecond() {
        assertThat(print(Instant.parse("2026-03-01T12:00:00.123456789Z")).timestamp())
                .isEqualTo(Instant.parse("2026-03-01T12:00:00.123456Z"));
    }

    @Test
    void aPrintHasAPositiveSize() {
        assertThatThrownBy(() -> new MarketTrade(MarketTradeId.of("t-1"), ConditionId.of("0xcond"),
                TokenId.of("0xyes"), Price.of("0.5"), Quantity.ZERO, Side.BUY, PRINTED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("size: a print has a positive size, got 0.00000000");
    }

    @Test
    void everyFieldIsRequired() {
        MarketTradeId id = MarketTradeId.of("t-1");
        ConditionId c = ConditionId.of("0xcond");
        TokenId t = TokenId.of("0xyes");
        Price p = Price.of("0.5");
        Quantity q = Quantity.of("1");
        assertThatThrownBy(() -> new MarketTrade(null, c, t, p, q, Side.BUY, PRINTED))
                .hasMessage("tradeId: must not be null");
        assertThatThrownBy(() -> new MarketTrade(id, null, t, p, q, Side.BUY, PRINTED))
                .hasMessage("conditionId: must not be null");
        assertThatThrownBy(() -> new MarketTrade(id, c, null, p, q, Side.BUY, PRINTED))
                .hasMessage("tokenId: must not be null");
        assertThatThrownBy(() -> new MarketTrade(id, c, t, null, q, Side.BUY, PRINTED))
                .hasMessage("price: must not be null");
        assertThatThrownBy(() -> new MarketTrade(id, c, t, p, null, Side.BUY, PRINTED))
                .hasMessage("size: must not be null");
        assertThatThrownBy(() -> new MarketTrade(id, c, t, p, q, null, PRINTED))
                .hasMessage("takerSide: must not be null");
        assertThatThrownBy(() -> new MarketTrade(id, c, t, p, q, Side.BUY, null))
                .hasMessage("timestamp: must not be null");
    }

    @Test
    void pricesAboveOneArePrintsToo() {
        // the tape is not only binary tokens
        MarketTrade btc = new MarketTrade(MarketTradeId.of("b-1"), ConditionId.of("BTC-USD"), TokenId.of("BTC"),
                Price.of("64250.5"), Quantity.of("0.015"), Side.SELL, PRINTED);

        assertThat(btc.price()).isEqualTo(Price.of("64250.5"));
    }
}
