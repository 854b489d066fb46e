package io.tradekit.domain.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeTest {
    static final AccountId ACCOUNT = AccountId.of("bot-1");
    static final ClientTradeId CLIENT_ID = ClientTradeId.of("arb-0001");
    static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    static final ConditionId CONDITION = ConditionId.of("0xcond");
    static final TokenId YES = TokenId.of("0xyes");
    static final TokenId NO = TokenId.of("0xno");

    // an arbitrage: buy YES @ 0.48 and NO @ 0.49 (together 0.97 < 1), 100 each
    static TradeLeg yesFilled() {
        return TradeLeg.filled(CONDITION, YES, Side.BUY, Quantity.of("100"), Price.of("0.48"), Money.of("0.24"));
    }

    static TradeLeg noFilled() {
        return TradeLeg.filled(CONDITION, NO, Side.BUY, Quantity.of("100"), Price.of("0.49"), Money.of("0.25"));
    }

    static TradeLeg noFailed() {
        return TradeLeg.failed(CONDITION, NO, Side.BUY, Quantity.of("100"), Price.of("0.49"));
    }

    static TradeLeg noPartial() {
        return TradeLeg.partial(CONDITION, NO, Side.BUY, Quantity.of("100"), Quantity.of("30"), Price.of("0.49"),
                Money.of("0.08"));
    }

    static Trade trade(TradeLeg... legs) {
        return Trade.of(ACCOUNT, CLIENT_ID, AT, Arrays.asList(legs));
    }

    @Test
    void everyLegFilledIsFilled() {
        Trade both = trade(yesFilled(), noFilled());

        assertThat(both.status()).isEqualTo(LegStatus.FILLED);
        assertThat(both.hasPartialFillRisk()).isFalse();
    }

    @Test
    void aTwoLegArbitrageWithOneFailedLegCarriesPartialFillRisk() {
        Trade oneSided = trade(yesFilled(), noFailed());

        // YES is held without its hedge: single-leg exposure the strategy never meant to hold
        assertThat(oneSided.status()).isEqualTo(LegStatus.PARTIAL);
        assertThat(oneSided.hasPartialFillRisk()).isTrue();
    }

    @Test
    void aTwoLegArbitrageWithAPartiallyFilledLegCarriesPartialFillRisk() {
        Trade lopsided = trade(yesFilled(), noPartial());

        // 100 YES against 30 NO
        assertThat(lopsided.status()).isEqualTo(LegStatus.PARTIAL);
        assertThat(lopsided.hasPartialFillRisk()).isTrue();
    }

    @Test
    void everyLegFailedIsFailedAndCarriesNoRisk() {
        Trade nothing = trade(TradeLeg.failed(CONDITION, YES, Side.BUY, Quantity.of("100"), Price.of("0.48")),
                noFailed());

        // nothing was bought, so nothing is unhedged
        assertThat(nothing.status()).isEqualTo(LegStatus.FAILED);
        assertThat(nothing.hasPartialFillRisk()).isFalse();
        assertThat(nothing.totalFees()).isEqualTo(Money.ZERO);
    }

    @Test
    void aSingleLegPartialFillIsPartialButCarriesNoLegRisk() {
        Trade single = trade(noPartial());

        // 30 of 100 is simply a smaller position, not an unhedged leg
        assertThat(single.status()).isEqualTo(LegStatus.PARTIAL);
        assertThat(single.hasPartialFillRisk()).isFalse();
        assertThat(trade(noFailed()).status()).isEqualTo(LegStatus.FAILED);
        assertThat(trade(noFilled()).status()).isEqualTo(LegStatus.FILLED);
    }

    @Test
    void totalFeesAddEveryLeg() {
        // 0.24 + 0.25 = 0.49; a failed leg pays none: 0.24 + 0 = 0.24; with a partial: 0.24 + 0.08 = 0.32
        assertThat(trade(yesFilled(), noFilled()).totalFees()).isEqualTo(Money.of("0.49"));
        assertThat(trade(yesFilled(), noFailed()).totalFees()).isEqualTo(Money.of("0.24"));
        assertThat(trade(yesFilled(), noPartial()).totalFees()).isEqualTo(Money.of("0.32"));
    }

    @Test
    void aTradeHasAtLeastOneLeg() {
        assertThatThrownBy(() -> Trade.of(ACCOUNT, CLIENT_ID, AT, List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("legs: a trade has at least one leg");
        assertThatThrownBy(() -> Trade.of(ACCOUNT, CLIENT_ID, AT, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("legs: must not be null");
    }

    @Test
    void aMissingLegIsRejectedNamingTheField() {
        assertThatThrownBy(() -> trade(yesFilled(), null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("legs: leg 2 must not be null");
    }

    @Test
    void requiredFieldsAreNamed() {
        List<TradeLeg> legs = List.of(yesFilled());
        assertThatThrownBy(() -> Trade.of(null, CLIENT_ID, AT, legs)).hasMessage("accountId: must not be null");
        assertThatThrownBy(() -> Trade.of(ACCOUNT, null, AT, legs)).hasMessage("clientTradeId: must not be null");
        assertThatThrownBy(() -> Trade.of(ACCOUNT, CLIENT_ID, null, legs)).hasMessage("executedAt: must not be null");
    }

    @Test
    void theLegsAreACopyTheCallerCannotChange() {
        List<TradeLeg> legs = new ArrayList<>(List.of(yesFilled()));
        Trade t = Trade.of(ACCOUNT, CLIENT_ID, AT, legs);

        legs.add(noFailed());

        assertThat(t.legs()).containsExactly(yesFilled());
        assertThatThrownBy(() -> t.legs().add(noFailed())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theEventIsOptionalAndTheTimeKeptToTheMicrosecond() {
        Trade plain = trade(yesFilled());
        Trade inEvent = new Trade(ACCOUNT, CLIENT_ID, Instant.parse("2026-03-01T12:00:00.123456789Z"),
                EventId.of("election-2026"), List.of(yesFilled()));

        assertThat(plain.event()).isEmpty();
        assertThat(inEvent.event()).contains(EventId.of("election-2026"));
        assertThat(inEvent.executedAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00.123456Z"));
    }

    @Test
    void equalTradesAreEqualRecords() {
        // idempotency compares by (account, client id) in the store; equal content is an equal value here
        assertThat(trade(yesFilled(), noFailed())).isEqualTo(trade(yesFilled(), noFailed()));
        assertThat(trade(yesFilled(), noFailed())).isNotEqualTo(trade(yesFilled(), noFilled()));
    }
}
