package io.tradekit.domain.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TriggerTest {
    static final AccountId ACCOUNT = AccountId.of("bot-1");
    static final Instant PRINTED = Instant.parse("2026-03-01T12:00:00.123456Z");
    static final Instant FIRED = Instant.parse("2026-03-01T12:00:02Z");
    static final Price THRESHOLD = Price.of("0.95");

    static MarketTrade printAt(String price) {
        return new MarketTrade(MarketTradeId.of("t-42"), ConditionId.of("0xcond"), TokenId.of("0xyes"),
                Price.of(price), Quantity.of("25"), Side.BUY, PRINTED);
    }

    @Test
    void firedByCopiesThePrint() {
        Trigger trigger = Trigger.firedBy(ACCOUNT, printAt("0.96"), THRESHOLD, FIRED);

        assertThat(trigger.accountId()).isEqualTo(ACCOUNT);
        assertThat(trigger.conditionId()).isEqualTo(ConditionId.of("0xcond"));
        assertThat(trigger.tokenId()).isEqualTo(TokenId.of("0xyes"));
        assertThat(trigger.threshold()).isEqualTo(THRESHOLD);
        assertThat(trigger.price()).isEqualTo(Price.of("0.96"));
        assertThat(trigger.marketTradeId()).isEqualTo(MarketTradeId.of("t-42"));
        assertThat(trigger.printedAt()).isEqualTo(PRINTED);
        assertThat(trigger.firedAt()).isEqualTo(FIRED);
    }

    @Test
    void aPriceExactlyAtTheThresholdReachesIt() {
        assertThat(Trigger.firedBy(ACCOUNT, printAt("0.95"), THRESHOLD, FIRED).price()).isEqualTo(THRESHOLD);
    }

    @Test
    void aPriceBelowTheThresholdCannotFire() {
        // 0.94999999 < 0.95 by one hundred-millionth
        assertThatThrownBy(() -> Trigger.firedBy(ACCOUNT, printAt("0.94999999"), THRESHOLD, FIRED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("price: 0.94999999 has not reached the threshold 0.95000000");
    }

    @Test
    void thresholdsAboveOneWorkForNonBinaryMarkets() {
        MarketTrade btc = new MarketTrade(MarketTradeId.of("b-1"), ConditionId.of("BTC-USD"), TokenId.of("BTC"),
                Price.of("70000"), Quantity.of("0.1"), Side.BUY, PRINTED);

        assertThat(Trigger.firedBy(ACCOUNT, btc, Price.of("70000"), FIRED).price()).isEqualTo(Price.of("70000"));
        assertThatThrownBy(() -> Trigger.firedBy(ACCOUNT, btc, Price.of("70000.00000001"), FIRED))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void timesAreKeptToTheMicrosecond() {
        Trigger t = new Trigger(ACCOUNT, ConditionId.of("0xcond"), TokenId.of("0xyes"), THRESHOLD, Price.of("0.96"),
                MarketTradeId.of("t-1"), Instant.parse("2026-03-01T12:00:00.000000999Z"),
                Instant.parse("2026-03-01T12:00:01.000001999Z"));

        assertThat(t.printedAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(t.firedAt()).isEqualTo(Instant.parse("2026-03-01T12:00:01.000001Z"));
    }

    @Test
    void everyFieldIsRequired() {
        ConditionId c = ConditionId.of("0xcond");
        TokenId tok = TokenId.of("0xyes");
        Price p = Price.of("0.96");
        MarketTradeId id = MarketTradeId.of("t-1");
        assertThatThrownBy(() -> new Trigger(null, c, tok, THRESHOLD, p, id, PRINTED, FIRED))
                .hasMessage("accountId: must not be null");
        assertThatThrownBy(() -> new Trigger(ACCOUNT, null, tok, THRESHOLD, p, id, PRINTED, FIRED))
                .hasMessage("conditionId: must not be null");
        assertThatThrownBy(() -> new Trigger(ACCOUNT, c, null, THRESHOLD, p, id, PRINTED, FIRED))
                .hasMessage("tokenId: must not be null");
        assertThatThrownBy(() -> new Trigger(ACCOUNT, c, tok, null, p, id, PRINTED, FIRED))
                .hasMessage("threshold: must not be null");
        assertThatThrownBy(() -> new Trigger(ACCOUNT, c, tok, THRESHOLD, null, id, PRINTED, FIRED))
                .hasMessage("price: must not be null");
        assertThatThrownBy(() -> new Trigger(ACCOUNT, c, tok, THRESHOLD, p, null, PRINTED, FIRED))
                .hasMessage("marketTradeId: must not be null");
        assertThatThrownBy(() -> new Trigger(ACCOUNT, c, tok, THRESHOLD, p, id, null, FIRED))
                .hasMessage("printedAt: must not be null");
        assertThatThrownBy(() -> Trigger.firedBy(ACCOUNT, printAt("0.96"), THRESHOLD, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("firedAt: must not be null");
        assertThatThrownBy(() -> Trigger.firedBy(ACCOUNT, null, THRESHOLD, FIRED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("print: must not be null");
    }
}
