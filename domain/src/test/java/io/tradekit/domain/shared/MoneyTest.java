package io.tradekit.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void alwaysCarriesScale8SoEqualAmountsAreEqualRecords() {
        // 1.5 and 1.50000000 are the same amount; at a fixed scale they are also equal() and hash alike
        assertThat(Money.of("1.5").amount()).isEqualByComparingTo("1.5").extracting(BigDecimal::scale).isEqualTo(8);
        assertThat(Money.of("1.5")).isEqualTo(Money.of(new BigDecimal("1.50000000")));
        assertThat(Money.of("1.5")).hasSameHashCodeAs(Money.of("1.50000000"));
        assertThat(Money.of("2")).hasToString("2.00000000");
        assertThat(Money.ZERO).hasToString("0.00000000");
    }

    @Test
    void isSignedBecauseLossesAreMoneyToo() {
        Money loss = Money.of("-45.5");

        assertThat(loss).hasToString("-45.50000000");
        assertThat(loss.isNegative()).isTrue();
        assertThat(loss.signum()).isEqualTo(-1);
        assertThat(loss.abs()).isEqualTo(Money.of("45.5"));
        assertThat(loss.negate()).isEqualTo(Money.of("45.5"));
    }

    @Test
    void addsAndSubtractsExactly() {
        // 0.1 + 0.2 = 0.3 exactly (a double would give 0.30000000000000004)
        assertThat(Money.of("0.1").plus(Money.of("0.2"))).isEqualTo(Money.of("0.3"));
        // 42.00 - 27.00 = 15.00
        assertThat(Money.of("42").minus(Money.of("27"))).isEqualTo(Money.of("15"));
        // 10 - 12.5 = -2.5: money may go negative
        assertThat(Money.of("10").minus(Money.of("12.5"))).isEqualTo(Money.of("-2.5"));
    }

    @Test
    void timesRoundsTheProductHalfEven() {
        // 10.00000001 x 0.5 = 5.000000005 -> 9th decimal is a tie, the 8th (0) is even -> 5.00000000
        assertThat(Money.of("10.00000001").times(new BigDecimal("0.5"))).isEqualTo(Money.of("5.00000000"));
        // 10.00000003 x 0.5 = 5.000000015 -> tie, 8th decimal 1 is odd -> rounds up to 5.00000002
        assertThat(Money.of("10.00000003").times(new BigDecimal("0.5"))).isEqualTo(Money.of("5.00000002"));
        // 100 x 0.0001 = 0.01 exactly
        assertThat(Money.of("100").times(new BigDecimal("0.0001"))).isEqualTo(Money.of("0.01"));
    }

    @Test
    void comparesByAmount() {
        Money small = Money.of("1");
        Money big = Money.of("2");

        assertThat(small).isLessThan(big);
        assertThat(small.max(big)).isSameAs(big);
        assertThat(small.min(big)).isSameAs(small);
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.of("0.00000001").isPositive()).isTrue();
    }

    @Test
    void ofRejectsMoreThan8DecimalsButRoundedRoundsHalfEven() {
        assertThatThrownBy(() -> Money.of("0.123456785"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("amount: more than 8 decimal places: 0.123456785");
        // trailing zeros beyond 8 places are not extra precision
        assertThat(Money.of("0.1234567800")).isEqualTo(Money.of("0.12345678"));

        // 0.123456785 -> tie, 8 is even -> stays 0.12345678; 0.123456775 -> tie, 7 is odd -> 0.12345678
        assertThat(Money.rounded(new BigDecimal("0.123456785"))).isEqualTo(Money.of("0.12345678"));
        assertThat(Money.rounded(new BigDecimal("0.123456775"))).isEqualTo(Money.of("0.12345678"));
        // negative ties round to even too: -0.000000015 -> -0.00000002
        assertThat(Money.rounded(new BigDecimal("-0.000000015"))).isEqualTo(Money.of("-0.00000002"));
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Money.of((BigDecimal) null)).hasMessage("amount: must not be null");
        assertThatThrownBy(() -> Money.of((String) null)).hasMessage("amount: must not be null");
        assertThatThrownBy(() -> Money.rounded(null)).hasMessage("amount: must not be null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "NaN", "Infinity", "-Infinity", "", "  ", "1,5", "1.2.3", "0x10", "--1"})
    void rejectsTextThatIsNotANumber(String text) {
        assertThatThrownBy(() -> Money.of(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("amount: ")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("amount"));
    }

    @Test
    void parsesWhatACsvGives() {
        assertThat(Money.of(" -12.34 ")).isEqualTo(Money.of(new BigDecimal("-12.34")));
        assertThat(Money.of("+7")).isEqualTo(Money.of("7"));
    }
}
