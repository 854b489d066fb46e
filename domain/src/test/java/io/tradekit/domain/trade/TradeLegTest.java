package io.tradekit.domain.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import org.junit.jupiter.api.Test;

class TradeLegTest {
    static final ConditionId CONDITION = ConditionId.of("0xcond");
    static final TokenId YES = TokenId.of("0xyes");

    static TradeLeg leg(String requested, String filled, LegStatus status) {
        return new TradeLeg(CONDITION, YES, Side.BUY, Quantity.of(requested), Quantity.of(filled), Price.of("0.40"),
                Money.ZERO, status);
    }

    @Test
    void theStatusFollowsFromTheQuantities() {
        assertThat(leg("100", "100", LegStatus.FILLED).status()).isEqualTo(LegStatus.FILLED);
        assertThat(leg("100", "40", LegStatus.PARTIAL).status()).isEqualTo(LegStatus.PARTIAL);
        assertThat(leg("100", "0", LegStatus.FAILED).status()).isEqualTo(LegStatus.FAILED);
    }

    @Test
    void aStatusThatContradictsTheQuantitiesIsRejected() {
        assertThatThrownBy(() -> leg("100", "40", LegStatus.FILLED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("status: FILLED contradicts filled 40.00000000 of requested 100.00000000 (that is PARTIAL)");
        assertThatThrownBy(() -> leg("100", "100", LegStatus.PARTIAL))
                .hasMessage("status: PARTIAL contradicts filled 100.00000000 of requested 100.00000000 (that is FILLED)");
        assertThatThrownBy(() -> leg("100", "0", LegStatus.PARTIAL))
                .hasMessage("status: PARTIAL contradicts filled 0.00000000 of requested 100.00000000 (that is FAILED)");
        assertThatThrownBy(() -> leg("100", "0.00000001", LegStatus.FAILED))
                .hasMessageStartingWith("status: FAILED contradicts");
    }

    @Test
    void filledMoreThanRequestedIsRejected() {
        assertThatThrownBy(() -> leg("100", "100.00000001", LegStatus.FILLED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("filledQuantity: 100.00000001 exceeds the requested 100.00000000");
    }

    @Test
    void theRequestedQuantityIsPositive() {
        assertThatThrownBy(() -> leg("0", "0", LegStatus.FAILED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("requestedQuantity: must be positive, got 0.00000000");
    }

    @Test
    void aNegativeFeeIsRejected() {
        assertThatThrownBy(() -> TradeLeg.filled(CONDITION, YES, Side.BUY, Quantity.of("1"), Price.of("0.4"),
                Money.of("-0.01")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("fee: must not be negative, got -0.01000000");
    }

    @Test
    void everyFieldIsRequired() {
        Quantity q = Quantity.of("1");
        Price p = Price.of("0.4");
        assertThatThrownBy(() -> new TradeLeg(null, YES, Side.BUY, q, q, p, Money.ZERO, LegStatus.FILLED))
                .hasMessage("conditionId: must not be null");
        assertThatThrownBy(() -> new TradeLeg(CONDITION, null, Side.BUY, q, q, p, Money.ZERO, LegStatus.FILLED))
                .hasMessage("tokenId: must not be null");
        assertThatThrownBy(() -> new TradeLeg(CONDITION, YES, null, q, q, p, Money.ZERO, LegStatus.FILLED))
                .hasMessage("side: must not be null");
        assertThatThrownBy(() -> new TradeLeg(CONDITION, YES, Side.BUY, null, q, p, Money.ZERO, LegStatus.FILLED))
                .hasMessage("requestedQuantity: must not be null");
        assertThatThrownBy(() -> new TradeLeg(CONDITION, YES, Side.BUY, q, null, p, Money.ZERO, LegStatus.FILLED))
                .hasMessage("filledQuantity: must not be null");
        assertThatThrownBy(() -> new TradeLeg(CONDITION, YES, Side.BUY, q, q, null, Money.ZERO, LegStatus.FILLED))
                .hasMessage("price: must not be null");
        assertThatThrownBy(() -> new TradeLeg(CONDITION, YES, Side.BUY, q, q, p, null, LegStatus.FILLED))
                .hasMessage("fee: must not be null");
        assertThatThrownBy(() -> new TradeLeg(CONDITION, YES, Side.BUY, q, q, p, Money.ZERO, null))
                .hasMessage("status: must not be null");
    }

    @Test
    void factoriesBuildConsistentLegs() {
        TradeLeg filled = TradeLeg.filled(CONDITION, YES, Side.SELL, Quantity.of("10"), Price.of("0.7"),
                Money.of("0.07"));
        TradeLeg partial = TradeLeg.partial(CONDITION, YES, Side.BUY, Quantity.of("10"), Quantity.of("4"),
                Price.of("0.4"), Money.of("0.02"));
        TradeLeg failed = TradeLeg.failed(CONDITION, YES, Side.BUY, Quantity.of("10"), Price.of("0.4"));

        assertThat(filled.filledQuantity()).isEqualTo(filled.requestedQuantity());
        assertThat(filled.hasFill()).isTrue();
        assertThat(partial.hasFill()).isTrue();
        assertThat(failed.hasFill()).isFalse();
        assertThat(failed.fee()).isEqualTo(Money.ZERO);
        assertThat(failed.filledQuantity()).isEqualTo(Quantity.ZERO);
    }

    @Test
    void theNotionalIsOfTheFilledQuantityOnly() {
        // 4 of 10 filled at 0.40: 4 x 0.40 = 1.60 (not 4.00)
        TradeLeg partial = TradeLeg.partial(CONDITION, YES, Side.BUY, Quantity.of("10"), Quantity.of("4"),
                Price.of("0.40"), Money.ZERO);

        assertThat(partial.notional()).isEqualTo(Money.of("1.60"));
        assertThat(TradeLeg.failed(CONDITION, YES, Side.BUY, Quantity.of("10"), Price.of("0.4")).notional())
                .isEqualTo(Money.ZERO);
    }
}
