package io.tradekit.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @Test
    void carriesScale8AndAllowsZero() {
        assertThat(Quantity.of("100")).hasToString("100.00000000");
        assertThat(Quantity.of("0").isZero()).isTrue();
        assertThat(Quantity.of("0.00000001").isPositive()).isTrue();
        assertThat(Quantity.ZERO).isEqualTo(Quantity.of(BigDecimal.ZERO));
    }

    @Test
    void rejectsNegativeQuantities() {
        assertThatThrownBy(() -> Quantity.of("-1"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("quantity: must not be negative, got -1");
        assertThatThrownBy(() -> Quantity.rounded(new BigDecimal("-0.5")))
                .hasMessageStartingWith("quantity: must not be negative");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Quantity.of((String) null)).hasMessage("quantity: must not be null");
        assertThatThrownBy(() -> Quantity.of((BigDecimal) null)).hasMessage("quantity: must not be null");
        assertThatThrownBy(() -> Quantity.rounded(null)).hasMessage("quantity: must not be null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "NaN", "Infinity", "", "ten", "1_000"})
    void rejectsTextThatIsNotANumber(String text) {
        assertThatThrownBy(() -> Quantity.of(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("quantity: ");
    }

    @Test
    void ofRejectsMoreThan8DecimalsRoundedRoundsHalfEven() {
        assertThatThrownBy(() -> Quantity.of("1.000000001"))
                .hasMessage("quantity: more than 8 decimal places: 1.000000001");
        // 33.333333335: tie, 8th decimal 3 is odd -> 33.33333334
        assertThat(Quantity.rounded(new BigDecimal("33.333333335"))).isEqualTo(Quantity.of("33.33333334"));
        // 33.333333325: tie, 8th decimal 2 is even -> 33.33333332
        assertThat(Quantity.rounded(new BigDecimal("33.333333325"))).isEqualTo(Quantity.of("33.33333332"));
    }

    @Test
    void plusAndMinusNeverGoBelowZero() {
        // 150 - 60 = 90
        assertThat(Quantity.of("150").minus(Quantity.of("60"))).isEqualTo(Quantity.of("90"));
        assertThat(Quantity.of("100").plus(Quantity.of("50"))).isEqualTo(Quantity.of("150"));
        assertThat(Quantity.of("1").minus(Quantity.of("1")).isZero()).isTrue();
        assertThatThrownBy(() -> Quantity.of("1").minus(Quantity.of("1.00000001")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("quantity: cannot take 1.00000001 from 1.00000000");
    }
}
