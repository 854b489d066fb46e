package io.tradekit.application.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatioMathTest {
    private static final BigDecimal TINY = new BigDecimal("1e-30");

    @Test
    void lnMatchesKnownConstants() {
        assertThat(RatioMath.ln(BigDecimal.ONE)).isEqualByComparingTo("0");
        // ln 2 and ln 10 to 34 digits (published constants)
        assertThat(RatioMath.ln(BigDecimal.valueOf(2)))
                .isCloseTo(new BigDecimal("0.6931471805599453094172321214581766"), within(TINY));
        assertThat(RatioMath.ln(BigDecimal.TEN))
                .isCloseTo(new BigDecimal("2.302585092994045684017991454684364"), within(TINY));
        // ln(1/2) = -ln 2
        assertThat(RatioMath.ln(new BigDecimal("0.5")))
                .isCloseTo(new BigDecimal("-0.6931471805599453094172321214581766"), within(TINY));
    }

    @Test
    void lnHandlesFarFromOne() {
        // ln(10^20) = 20 ln 10 = 46.05170185988091368035982909368728
        assertThat(RatioMath.ln(new BigDecimal("1e20")))
                .isCloseTo(new BigDecimal("46.05170185988091368035982909368728"), within(new BigDecimal("1e-28")));
        // ln(10^-8) = -18.42068074395236547214393163747491
        assertThat(RatioMath.ln(new BigDecimal("1e-8")))
                .isCloseTo(new BigDecimal("-18.42068074395236547214393163747491"), within(new BigDecimal("1e-28")));
    }

    @Test
    void lnRejectsNonPositive() {
        assertThatThrownBy(() -> RatioMath.ln(BigDecimal.ZERO)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> RatioMath.ln(new BigDecimal("-1"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void expMatchesKnownConstants() {
        assertThat(RatioMath.exp(BigDecimal.ZERO)).isEqualByComparingTo("1");
        // e = 2.718281828459045235360287471352662
        assertThat(RatioMath.exp(BigDecimal.ONE))
                .isCloseTo(new BigDecimal("2.718281828459045235360287471352662"), within(TINY));
        // e^-1 = 0.3678794411714423215955237701614609
        assertThat(RatioMath.exp(BigDecimal.ONE.negate()))
                .isCloseTo(new BigDecimal("0.3678794411714423215955237701614609"), within(TINY));
        // e^(ln 10 * 30) = 10^30
        BigDecimal thirtyLnTen = new BigDecimal("69.07755278982137052053974364053093");
        assertThat(RatioMath.exp(thirtyLnTen).divide(new BigDecimal("1e30"), RatioMath.WORK))
                .isCloseTo(BigDecimal.ONE, within(new BigDecimal("1e-28")));
    }

    @Test
    void rationalPowers() {
        // 1.21^(1/2) = 1.1
        assertThat(RatioMath.pow(new BigDecimal("1.21"), 365, 730)).isCloseTo(new BigDecimal("1.1"), within(TINY));
        // 1.1^5 = 1.61051
        assertThat(RatioMath.pow(new BigDecimal("1.1"), 365, 73)).isCloseTo(new BigDecimal("1.61051"), within(TINY));
        // 0.81^(1/2) = 0.9
        assertThat(RatioMath.pow(new BigDecimal("0.81"), 1, 2)).isCloseTo(new BigDecimal("0.9"), within(TINY));
        assertThat(RatioMath.pow(BigDecimal.ONE, 365, 7)).isEqualByComparingTo("1");
    }

    @Test
    void ratioRoundsToSixteenSignificantDigits() {
        // 2 / 3 = 0.6666666666666667 (DECIMAL64, HALF_EVEN)
        assertThat(RatioMath.ratio(BigDecimal.valueOf(2), BigDecimal.valueOf(3)))
                .isEqualTo(new BigDecimal("0.6666666666666667"));
    }
}
