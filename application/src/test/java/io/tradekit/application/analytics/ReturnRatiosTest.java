package io.tradekit.application.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tradekit.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sharpe, Sortino, CAGR and Calmar against series small enough to work out by hand. */
class ReturnRatiosTest {
    private static final BigDecimal CLOSE = new BigDecimal("1e-14");

    private static List<BigDecimal> returns(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    // r = 0.02, -0.01, 0.02, -0.01 (n = 4)
    // mean = 0.02 / 4 = 0.005; deviations +-0.015; sum of squares 4 x 0.000225 = 0.0009
    // stdev(n-1) = sqrt(0.0009 / 3) = sqrt(0.0003)
    // downside: (0.0001 + 0.0001) / 4 = 0.00005 -> sqrt(0.00005)
    private static final List<BigDecimal> SERIES = returns("0.02", "-0.01", "0.02", "-0.01");

    @Test
    void sharpeOfAHandSeries() {
        // 0.005 / sqrt(0.0003) x sqrt(365) = sqrt(0.000025 / 0.0003 x 365) = sqrt(365 / 12) = 5.515130702591432
        assertThat(ReturnRatios.sharpe(SERIES, BigDecimal.ZERO, 365))
                .isCloseTo(new BigDecimal("5.515130702591432"), within(CLOSE));
    }

    @Test
    void sortinoOfAHandSeries() {
        // 0.005 / sqrt(0.00005) x sqrt(365) = sqrt(0.000025 / 0.00005 x 365) = sqrt(182.5) = 13.50925608610630
        assertThat(ReturnRatios.sortino(SERIES, BigDecimal.ZERO, 365))
                .isCloseTo(new BigDecimal("13.50925608610630"), within(CLOSE));
    }

    @Test
    void riskFreeRateIsTakenPerPeriod() {
        // rf_daily = 0.0365 / 365 = 0.0001; mean excess = 0.005 - 0.0001 = 0.0049 = 0.98 x 0.005
        BigDecimal rfDaily = ReturnRatios.riskFreePerPeriod(new BigDecimal("0.0365"), 365);
        assertThat(rfDaily).isEqualByComparingTo("0.0001");
        // Sharpe = 0.98 x 5.515130702591432 = 5.404828088539604
        assertThat(ReturnRatios.sharpe(SERIES, rfDaily, 365))
                .isCloseTo(new BigDecimal("5.404828088539604"), within(CLOSE));
        // Sortino = 0.98 x 13.50925608610630 = 13.23907096438417
        assertThat(ReturnRatios.sortino(SERIES, rfDaily, 365))
                .isCloseTo(new BigDecimal("13.23907096438417"), within(CLOSE));
    }

    @Test
    void periodsPerYearScaleBySquareRoot() {
        // P = 252: sqrt(0.000025 / 0.0003 x 252) = sqrt(21) = 4.582575694955840
        assertThat(ReturnRatios.sharpe(SERIES, BigDecimal.ZERO, 252))
                .isCloseTo(new BigDecimal("4.582575694955840"), within(CLOSE));
    }

    @Test
    void roundedToSixteenSignificantDigits() {
        assertThat(ReturnRatios.sharpe(SERIES, BigDecimal.ZERO, 365).precision()).isLessThanOrEqualTo(16);
    }

    @Test
    void absentWithFewerThanTwoReturns() {
        assertThat(ReturnRatios.sharpe(returns(), BigDecimal.ZERO, 365)).isNull();
        assertThat(ReturnRatios.sharpe(returns("0.01"), BigDecimal.ZERO, 365)).isNull();
        assertThat(ReturnRatios.sortino(returns("-0.01"), BigDecimal.ZERO, 365)).isNull();
    }

    @Test
    void absentWithAZeroDenominator() {
        // constant returns: stdev 0 -> Sharpe absent; no negative return -> Sortino absent
        assertThat(ReturnRatios.sharpe(returns("0.01", "0.01", "0.01"), BigDecimal.ZERO, 365)).isNull();
        assertThat(ReturnRatios.sortino(returns("0.01", "0.02", "0"), BigDecimal.ZERO, 365)).isNull();
        // flat equity: every return 0
        assertThat(ReturnRatios.sharpe(returns("0", "0"), BigDecimal.ZERO, 365)).isNull();
        assertThat(ReturnRatios.sortino(returns("0", "0"), BigDecimal.ZERO, 365)).isNull();
    }

    @Test
    void absentWhenAReturnIsUndefined() {
        List<BigDecimal> withGap = Arrays.asList(new BigDecimal("0.01"), null, new BigDecimal("-0.01"));
        assertThat(ReturnRatios.sharpe(withGap, BigDecimal.ZERO, 365)).isNull();
        assertThat(ReturnRatios.sortino(withGap, BigDecimal.ZERO, 365)).isNull();
    }

    @Test
    void sortinoCountsEveryReturnInN() {
        // r = 0.03, -0.01: mean 0.01; downside sqrt(0.0001 / 2) = sqrt(0.00005)
        // Sortino = 0.01 / sqrt(0.00005) x sqrt(365) = sqrt(0.0001 / 0.00005 x 365) = sqrt(730) = 27.01851217221259
        assertThat(ReturnRatios.sortino(returns("0.03", "-0.01"), BigDecimal.ZERO, 365))
                .isCloseTo(new BigDecimal("27.01851217221259"), within(CLOSE));
        // Sharpe: deviations +-0.02, stdev sqrt(0.0008 / 1) ; 0.01 / sqrt(0.0008) x sqrt(365)
        // = sqrt(0.0001 / 0.0008 x 365) = sqrt(45.625) = 6.754628043053148
        assertThat(ReturnRatios.sharpe(returns("0.03", "-0.01"), BigDecimal.ZERO, 365))
                .isCloseTo(new BigDecimal("6.754628043053148"), within(CLOSE));
    }

    @Test
    void cagrOverTwoYearsAndOverAFifthOfAYear() {
        // 1000 -> 1210 in 730 days: 1.21^(365/730) - 1 = 1.1 - 1 = 0.1
        assertThat(ReturnRatios.cagr(Money.of("1000"), Money.of("1210"), 730)).isEqualByComparingTo("0.1");
        // 1000 -> 1100 in 73 days: 1.1^(365/73) - 1 = 1.1^5 - 1 = 1.61051 - 1 = 0.61051
        assertThat(ReturnRatios.cagr(Money.of("1000"), Money.of("1100"), 73)).isEqualByComparingTo("0.61051");
        // 1000 -> 810 in 730 days: 0.81^(1/2) - 1 = 0.9 - 1 = -0.1
        assertThat(ReturnRatios.cagr(Money.of("1000"), Money.of("810"), 730)).isEqualByComparingTo("-0.1");
        // 1000 -> 1000 over any days: 0
        assertThat(ReturnRatios.cagr(Money.of("1000"), Money.of("1000"), 3)).isEqualByComparingTo("0");
        // exactly one year: (E_end / E_start) - 1 = 1.05 - 1
        assertThat(ReturnRatios.cagr(Money.of("1000"), Money.of("1050"), 365)).isEqualByComparingTo("0.05");
    }

    @Test
    void cagrAtTheEdges() {
        // everything lost: 0^(365/d) - 1 = -1
        assertThat(ReturnRatios.cagr(Money.of("1000"), Money.ZERO, 10)).isEqualByComparingTo("-1");
        // negative ending equity: no real root -> absent
        assertThat(ReturnRatios.cagr(Money.of("1000"), Money.of("-5"), 10)).isNull();
        // no day -> absent
        assertThat(ReturnRatios.cagr(Money.of("1000"), Money.of("1100"), 0)).isNull();
    }

    @Test
    void calmar() {
        // 0.61051 / 0.05 = 12.2102
        assertThat(ReturnRatios.calmar(new BigDecimal("0.61051"), new BigDecimal("0.05"))).isEqualByComparingTo("12.2102");
        // -0.1 / 0.25 = -0.4
        assertThat(ReturnRatios.calmar(new BigDecimal("-0.1"), new BigDecimal("0.25"))).isEqualByComparingTo("-0.4");
        assertThat(ReturnRatios.calmar(new BigDecimal("0.1"), null)).isNull();
        assertThat(ReturnRatios.calmar(new BigDecimal("0.1"), BigDecimal.ZERO)).isNull();
        assertThat(ReturnRatios.calmar(null, new BigDecimal("0.1"))).isNull();
    }
}
