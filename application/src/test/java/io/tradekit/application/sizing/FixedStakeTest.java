package io.tradekit.application.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import org.junit.jupiter.api.Test;

class FixedStakeTest {
    @Test
    void buysTheStakeRoundedDownToEightDecimalsWhateverTheEquity() {
        FixedStake ten = FixedStake.of("10");
        // 10 / 0.97 = 10.309278350515..., down to 10.30927835
        assertThat(ten.quantity(Money.of("5"), Price.of("0.97")).value()).isEqualByComparingTo("10.30927835");
        assertThat(ten.quantity(Money.of("100000"), Price.of("0.97")).value()).isEqualByComparingTo("10.30927835");
        assertThat(ten.quantity(Money.ZERO, Price.of("0.5")).value()).isEqualByComparingTo("20");
    }

    @Test
    void reportsItsShareOfEquity() {
        assertThat(FixedStake.of("10").fractionOfEquity(Money.of("1000"), Price.of("0.5"))).isEqualByComparingTo("0.01");
        assertThat(FixedStake.of("10").fractionOfEquity(Money.ZERO, Price.of("0.5"))).isEqualByComparingTo("0");
    }

    @Test
    void refusesANonPositiveStakeOrPrice() {
        assertThatThrownBy(() -> FixedStake.of("0")).isInstanceOf(InvalidValueException.class).hasMessageContaining("stake");
        assertThatThrownBy(() -> FixedStake.of("1").quantity(Money.of("1"), Price.of("0")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("price");
    }
}
