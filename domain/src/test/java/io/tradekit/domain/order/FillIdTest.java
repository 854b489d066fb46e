package io.tradekit.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class FillIdTest {
    @Test
    void theDerivationIsTheTradeIdAndTheMakerOrderId() {
        assertThat(FillId.derived("0xtrade1", "0xmakerA").value()).isEqualTo("trade:0xtrade1/maker:0xmakerA");
    }

    @Test
    void theSameLogicalFillGetsTheSameIdAndEachMakerItsOwn() {
        assertThat(FillId.derived("t1", "mA")).isEqualTo(FillId.derived("t1", "mA"));
        assertThat(FillId.derived("t1", "mA")).isNotEqualTo(FillId.derived("t1", "mB"));
        assertThat(FillId.derived("t1", "mA")).isNotEqualTo(FillId.derived("t2", "mA"));
    }

    @Test
    void longPartsAreHashedDeterministically() {
        String longTrade = "t".repeat(150);
        String longMaker = "m".repeat(150);
        FillId id = FillId.derived(longTrade, longMaker);
        assertThat(id.value()).startsWith("sha256:").hasSize(7 + 64);
        assertThat(FillId.derived(longTrade, longMaker)).isEqualTo(id);
        assertThat(FillId.derived(longTrade, longMaker + "x")).isNotEqualTo(id);
    }

    @Test
    void blankPartsAreRefusedByName() {
        assertThatThrownBy(() -> FillId.derived("", "m")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("venueTradeId: ");
        assertThatThrownBy(() -> FillId.derived("t", null)).hasMessageStartingWith("makerOrderId: ");
    }
}
