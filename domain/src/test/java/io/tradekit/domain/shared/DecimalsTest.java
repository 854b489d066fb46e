package io.tradekit.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void exactScalesTo8WithoutChangingTheValue() {
        assertThat(Decimals.exact(new BigDecimal("1.5"), "x")).isEqualTo(new BigDecimal("1.50000000"));
        assertThat(Decimals.exact(new BigDecimal("1.5000000000000"), "x")).isEqualTo(new BigDecimal("1.50000000"));
        // exponent notation is still a number: 1.5E+3 = 1500
        assertThat(Decimals.exact(new BigDecimal("1.5E+3"), "x")).isEqualTo(new BigDecimal("1500.00000000"));
        // BigDecimal.toString() of 0.00000001 is "1E-8": that round-trips too
        assertThat(Price.of(new BigDecimal("0.00000001").toString())).isEqualTo(Price.of("0.00000001"));
        assertThat(Decimals.exact(new BigDecimal("0E+5"), "x")).isEqualTo(new BigDecimal("0E-8"));
    }

    @Test
    void exactRejectsAValueThatWouldNeedRounding() {
        assertThatThrownBy(() -> Decimals.exact(new BigDecimal("0.000000005"), "fee"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("fee: more than 8 decimal places: 0.000000005");
        assertThatThrownBy(() -> Decimals.exact(null, "fee")).hasMessage("fee: must not be null");
    }

    @Test
    void roundedUsesBankersRounding() {
        // ties go to the even neighbour, so rounding errors cancel over many fills
        assertThat(Decimals.rounded(new BigDecimal("0.000000005"))).isEqualTo(new BigDecimal("0E-8"));
        assertThat(Decimals.rounded(new BigDecimal("0.000000015"))).isEqualTo(new BigDecimal("0.00000002"));
        assertThat(Decimals.rounded(new BigDecimal("0.000000025"))).isEqualTo(new BigDecimal("0.00000002"));
        assertThat(Decimals.rounded(new BigDecimal("0.0000000250001"))).isEqualTo(new BigDecimal("0.00000003"));
        assertThat(Decimals.ROUNDING).isEqualTo(java.math.RoundingMode.HALF_EVEN);
        assertThat(Decimals.SCALE).isEqualTo(8);
    }

    @Test
    void divideRoundsOnceAtScale8() {
        // 1 / 3 = 0.33333333|33.. -> 0.33333333
        assertThat(Decimals.divide(BigDecimal.ONE, new BigDecimal("3"))).isEqualTo(new BigDecimal("0.33333333"));
        // 2 / 3 = 0.66666666|66.. -> 0.66666667
        assertThat(Decimals.divide(new BigDecimal("2"), new BigDecimal("3"))).isEqualTo(new BigDecimal("0.66666667"));
        // 67.50 / 150 = 0.45 exactly
        assertThat(Decimals.divide(new BigDecimal("67.5"), new BigDecimal("150"))).isEqualTo(new BigDecimal("0.45000000"));
    }

    @Test
    void rejectsMagnitudesNoStoreCanHoldQuicklyAndWithAShortMessage() {
        // 30 digits before the point (DECIMAL(38, 8)) are accepted ...
        String thirtyNines = "9".repeat(30);
        assertThat(Money.of(thirtyNines + ".12345678").amount().precision()).isEqualTo(38);
        // ... 31 are not
        assertThatThrownBy(() -> Money.of("1" + "0".repeat(30)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("amount: more than 30 digits before the decimal point: 1" + "0".repeat(30));
        // a 10-character CSV field once scaled to a ten-million-digit number (seconds of CPU)
        assertThatThrownBy(() -> Price.of("1e9999999"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("price: more than 30 digits before the decimal point: 1E+9999999");
        // ... or failed with a misleading "decimal places" message
        assertThatThrownBy(() -> Quantity.of("1e999999999"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("quantity: more than 30 digits before the decimal point: 1E+999999999");
        // tiny and negative giants are named in scientific form instead of a billion-character plain string
        assertThatThrownBy(() -> Money.of("1e-999999999"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("amount: more than 8 decimal places: 1E-999999999");
        assertThatThrownBy(() -> Price.of("-1e999999999"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("price: must not be negative, got -1E+999999999");
        // zero is zero, whatever its exponent
        assertThat(Money.of("0e999999999")).isEqualTo(Money.ZERO);
        assertThat(Money.of("0e-999999999")).isEqualTo(Money.ZERO);
    }
}
