package io.tradekit.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriceTest {

    @Test
    void carriesScale8() {
        assertThat(Price.of("0.4").value().scale()).isEqualTo(8);
        assertThat(Price.of("0.4")).isEqualTo(Price.of(new BigDecimal("0.40000000"))).hasToString("0.40000000");
        assertThat(Price.ZERO).hasToString("0.00000000");
        assertThat(Price.ONE).hasToString("1.00000000");
    }

    @Test
    void rejectsNegativePrices() {
        assertThatThrownBy(() -> Price.of("-0.01"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("price: must not be negative, got -0.01");
        assertThatThrownBy(() -> Price.of(new BigDecimal("-1")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("price: must not be negative");
        assertThatThrownBy(() -> Price.binary("-0.5")).hasMessageStartingWith("price: must not be negative");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Price.of((BigDecimal) null)).hasMessage("price: must not be null");
        assertThatThrownBy(() -> Price.of((String) null)).hasMessage("price: must not be null");
        assertThatThrownBy(() -> Price.binary((BigDecimal) null)).hasMessage("price: must not be null");
        assertThatThrownBy(() -> Price.rounded(null)).hasMessage("price: must not be null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "NaN", "Infinity", "-Infinity", "", " ", "0.5$", "1e", "½"})
    void rejectsTextThatIsNotANumber(String text) {
        assertThatThrownBy(() -> Price.of(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("price: ");
        assertThatThrownBy(() -> Price.binary(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("price: ");
    }

    @Test
    void binaryAcceptsTheClosedUnitInterval() {
        assertThat(Price.binary("0")).isEqualTo(Price.ZERO);
        assertThat(Price.binary("1")).isEqualTo(Price.ONE);
        assertThat(Price.binary("0.95").isBinary()).isTrue();
        assertThat(Price.binary(new BigDecimal("0.99999999"))).isEqualTo(Price.of("0.99999999"));
    }

    @Test
    void binaryRejectsPricesAboveOne() {
        assertThatThrownBy(() -> Price.binary("1.00000001"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("price: a binary-token price must lie in [0, 1], got 1.00000001");
        assertThatThrownBy(() -> Price.binary(new BigDecimal("2")))
                .hasMessage("price: a binary-token price must lie in [0, 1], got 2.00000000");
    }

    @Test
    void ofAllowsPricesAboveOneForCryptoAndEquities() {
        Price btc = Price.of("64250.12345678");

        assertThat(btc.value()).isEqualByComparingTo("64250.12345678");
        assertThat(btc.isBinary()).isFalse();
        assertThatThrownBy(() -> btc.requireBinary("limitPrice"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("limitPrice: ")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("limitPrice"));
        assertThat(Price.of("0.5").requireBinary("limitPrice")).isEqualTo(Price.of("0.5"));
    }

    @Test
    void ofRejectsMoreThan8DecimalsRoundedRoundsHalfEven() {
        assertThatThrownBy(() -> Price.of("0.123456789"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("price: more than 8 decimal places: 0.123456789");
        assertThatThrownBy(() -> Price.binary("0.000000001"))
                .hasMessage("price: more than 8 decimal places: 0.000000001");

        // 0.450000005: tie at the 9th decimal, 8th decimal 0 is even -> 0.45000000
        assertThat(Price.rounded(new BigDecimal("0.450000005"))).isEqualTo(Price.of("0.45"));
        // 0.450000015: tie, 8th decimal 1 is odd -> 0.45000002
        assertThat(Price.rounded(new BigDecimal("0.450000015"))).isEqualTo(Price.of("0.45000002"));
        // 0.4500000051: above the tie -> up
        assertThat(Price.rounded(new BigDecimal("0.4500000051"))).isEqualTo(Price.of("0.45000001"));
        // rounded first, then checked: -0.000000001 rounds to 0, a price; -0.00000001 stays negative
        assertThat(Price.rounded(new BigDecimal("-0.000000001"))).isEqualTo(Price.ZERO);
        assertThatThrownBy(() -> Price.rounded(new BigDecimal("-0.000000011")))
                .hasMessage("price: must not be negative, got -0.00000001");
    }

    @Test
    void timesQuantityIsTheNotionalRoundedHalfEven() {
        // 100 x 0.40 = 40.00
        assertThat(Price.of("0.40").times(Quantity.of("100"))).isEqualTo(Money.of("40"));
        // 0.55 x 50 = 27.50
        assertThat(Price.of("0.55").times(Quantity.of("50"))).isEqualTo(Money.of("27.5"));
        // 0.12345678 x 0.5 = 0.06172839 exactly
        assertThat(Price.of("0.12345678").times(Quantity.of("0.5"))).isEqualTo(Money.of("0.06172839"));
        // 0.00000003 x 0.5 = 0.000000015 -> tie, 1 is odd -> 0.00000002
        assertThat(Price.of("0.00000003").times(Quantity.of("0.5"))).isEqualTo(Money.of("0.00000002"));
        // 0.00000001 x 0.5 = 0.000000005 -> tie, 0 is even -> 0
        assertThat(Price.of("0.00000001").times(Quantity.of("0.5"))).isEqualTo(Money.ZERO);
    }

    @Test
    void comparesByValue() {
        assertThat(Price.of("0.95").isAtLeast(Price.of("0.95"))).isTrue();
        assertThat(Price.of("0.96").isAtLeast(Price.of("0.95"))).isTrue();
        assertThat(Price.of("0.94999999").isAtLeast(Price.of("0.95"))).isFalse();
        assertThat(Price.of("2")).isGreaterThan(Price.ONE);
    }
}
