package io.tradekit.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SideTest {

    @Test
    void parsesBuyAndSellInAnyCaseAndTrimmed() {
        assertThat(Side.parse("BUY", "side")).isEqualTo(Side.BUY);
        assertThat(Side.parse("buy", "side")).isEqualTo(Side.BUY);
        assertThat(Side.parse(" Sell ", "side")).isEqualTo(Side.SELL);
        assertThat(Side.parse("sElL", "takerSide")).isEqualTo(Side.SELL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "B", "S", "LONG", "SHORT", "BUYY", "0", "1"})
    void rejectsAnythingElseNamingTheField(String text) {
        assertThatThrownBy(() -> Side.parse(text, "takerSide"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("takerSide: unknown side '" + text + "', expected BUY or SELL")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("takerSide"));
    }

    @Test
    void rejectsNullNamingTheField() {
        assertThatThrownBy(() -> Side.parse(null, "side"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("side: must not be null");
    }

    @Test
    void oppositeSwaps() {
        assertThat(Side.BUY.opposite()).isEqualTo(Side.SELL);
        assertThat(Side.SELL.opposite()).isEqualTo(Side.BUY);
    }
}
