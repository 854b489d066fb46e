package io.tradekit.application.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SizingRuleTest {

    @Nested
    class Fixed {
        @Test
        void stakesTheFractionOfEquityAtThePrice() {
            // 2 % of 5000 = 100; at 0.40 that buys 250
            assertThat(FixedFractional.of("0.02").quantity(Money.of("5000"), Price.of("0.40")))
                    .isEqualTo(Quantity.of("250"));
        }

        @Test
        void roundsTheQuantityDownToEightDecimals() {
            // 100 / 3 = 33.333333333... -> 33.33333333 (never more than the stake buys)
            assertThat(FixedFractional.of("0.02").quantity(Money.of("5000"), Price.of("3")))
                    .isEqualTo(Quantity.of("33.33333333"));
            // 2/3 of 1 at 1: 0.666666666... -> 0.66666666, where rounding half-even would say 0.66666667
            assertThat(new FixedFractional(new BigDecimal("0.6666666666666666")).quantity(Money.of("1"), Price.ONE))
                    .isEqualTo(Quantity.of("0.66666666"));
        }

        @Test
        void noEquityMeansNoOrder() {
            assertThat(FixedFractional.of("0.02").quantity(Money.of("-10"), Price.of("0.5"))).isEqualTo(Quantity.ZERO);
        }

        @Test
        void theFractionLiesInZeroToOne() {
            assertThatThrownBy(() -> FixedFractional.of("0")).isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("riskFraction");
            assertThatThrownBy(() -> FixedFractional.of("1.5")).isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("riskFraction");
        }

        @Test
        void aZeroPriceCannotBeSized() {
            assertThatThrownBy(() -> FixedFractional.of("0.02").quantity(Money.of("100"), Price.ZERO))
                    .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("price");
        }
    }

    @Nested
    class Kelly {
        @Test
        void fullKellyForABinaryToken() {
            // p 0.60 at c 0.50: (0.60 - 0.50) / (1 - 0.50) = 0.2
            assertThat(FractionalKelly.fullKelly(new BigDecimal("0.60"), new BigDecimal("0.50")))
                    .isEqualByComparingTo("0.2");
            // p 0.55 at c 0.35: 0.20 / 0.65 = 0.3076923076923077 (DECIMAL64: 16 significant digits)
            assertThat(FractionalKelly.fullKelly(new BigDecimal("0.55"), new BigDecimal("0.35")))
                    .isEqualTo(new BigDecimal("0.3076923076923077"));
        }

        @Test
        void noEdgeOrAPriceOfOneGivesZero() {
            assertThat(FractionalKelly.fullKelly(new BigDecimal("0.50"), new BigDecimal("0.50"))).isZero();
            assertThat(FractionalKelly.fullKelly(new BigDecimal("0.40"), new BigDecimal("0.50"))).isZero();
            assertThat(FractionalKelly.fullKelly(BigDecimal.ONE, BigDecimal.ONE)).isZero();
            assertThat(FractionalKelly.of("0.4", "1", "1").quantity(Money.of("1000"), Price.of("0.5")))
                    .isEqualTo(Quantity.ZERO);
        }

        @Test
        void scaledByTheKellyFractionThenCapped() {
            // f* 0.2, quarter Kelly -> 0.05, under the cap 0.10: stake 50 of 1000 at 0.50 -> 100 tokens
            FractionalKelly quarter = FractionalKelly.of("0.60", "0.25", "0.10");
            assertThat(quarter.fractionOfEquity(Price.of("0.50"))).isEqualByComparingTo("0.05");
            assertThat(quarter.quantity(Money.of("1000"), Price.of("0.50"))).isEqualTo(Quantity.of("100"));

            // p 0.70 at 0.40: f* = 0.30 / 0.60 = 0.5, half -> 0.25, capped at 0.20: stake 200 -> 500 tokens
            FractionalKelly capped = FractionalKelly.of("0.70", "0.5", "0.20");
            assertThat(capped.fractionOfEquity(Price.of("0.40"))).isEqualByComparingTo("0.20");
            assertThat(capped.quantity(Money.of("1000"), Price.of("0.40"))).isEqualTo(Quantity.of("500"));
        }

        @Test
        void anUnevenQuotientIsRoundedDown() {
            // half Kelly of 0.3076923076923077 = 0.15384615384615385; stake 153.84615384615385 of 1000;
            // / 0.35 = 439.5604395604395714... -> 439.56043956
            assertThat(FractionalKelly.of("0.55", "0.5", "1").quantity(Money.of("1000"), Price.of("0.35")))
                    .isEqualTo(Quantity.of("439.56043956"));
        }

        @Test
        void onlyBinaryPricesAndSaneParameters() {
            assertThatThrownBy(() -> FractionalKelly.of("0.6", "0.5", "0.1").fractionOfEquity(Price.of("1.5")))
                    .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("price");
            assertThatThrownBy(() -> FractionalKelly.of("1.2", "0.5", "0.1"))
                    .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("probability");
            assertThatThrownBy(() -> FractionalKelly.of("0.6", "0", "0.1"))
                    .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("kellyFraction");
            assertThatThrownBy(() -> FractionalKelly.of("0.6", "0.5", "2"))
                    .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("maxFraction");
        }
    }
}
