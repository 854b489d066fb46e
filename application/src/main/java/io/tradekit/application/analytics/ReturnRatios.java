package io.tradekit.application.analytics;

import io.tradekit.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Sharpe, Sortino, CAGR and Calmar exactly as docs/analytics.md writes them. Sums and means run at
 * {@link RatioMath#WORK} precision; each result is rounded once to {@link RatioMath#RATIO}.
 * Null stands for "absent": the figure is undefined for these inputs (never 0, never NaN).
 */
final class ReturnRatios {
    /** CAGR annualises over calendar days, whatever the periods per year of Sharpe and Sortino. */
    static final long DAYS_PER_YEAR = 365;

    private ReturnRatios() {
    }

    /** rf_daily = annual risk-free rate / P. */
    static BigDecimal riskFreePerPeriod(BigDecimal riskFreeRatePerYear, int periodsPerYear) {
        return riskFreeRatePerYear.divide(BigDecimal.valueOf(periodsPerYear), RatioMath.WORK);
    }

    /**
     * mean(r_d - rf_daily) / stdev(r_d, n - 1) * sqrt(P); null when there are fewer than 2 returns, a
     * return is undefined (null), or the standard deviation is zero.
     */
    static BigDecimal sharpe(List<BigDecimal> returns, BigDecimal rfDaily, int periodsPerYear) {
        if (!usable(returns)) {
            return null;
        }
        BigDecimal n = BigDecimal.valueOf(returns.size());
        BigDecimal mean = mean(returns);
        BigDecimal squaredDeviations = BigDecimal.ZERO;
        for (BigDecimal r : returns) {
            BigDecimal deviation = r.subtract(mean, RatioMath.WORK);
            squaredDeviations = squaredDeviations.add(deviation.multiply(deviation, RatioMath.WORK), RatioMath.WORK);
        }
        if (squaredDeviations.signum() == 0) {
            return null;
        }
        BigDecimal stdev = RatioMath.sqrt(squaredDeviations.divide(n.subtract(BigDecimal.ONE), RatioMath.WORK));
        return annualised(mean.subtract(rfDaily, RatioMath.WORK), stdev, periodsPerYear);
    }

    /**
     * mean(r_d - rf_daily) / sqrt(sum over r_d &lt; 0 of r_d^2 / n) * sqrt(P), n counting every return; null
     * when there are fewer than 2 returns, a return is undefined, or no return is negative.
     */
    static BigDecimal sortino(List<BigDecimal> returns, BigDecimal rfDaily, int periodsPerYear) {
        if (!usable(returns)) {
            return null;
        }
        BigDecimal squaredLosses = BigDecimal.ZERO;
        for (BigDecimal r : returns) {
            if (r.signum() < 0) {
                squaredLosses = squaredLosses.add(r.multiply(r, RatioMath.WORK), RatioMath.WORK);
            }
        }
        if (squaredLosses.signum() == 0) {
            return null;
        }
        BigDecimal downside = RatioMath.sqrt(squaredLosses.divide(BigDecimal.valueOf(returns.size()), RatioMath.WORK));
        return annualised(mean(returns).subtract(rfDaily, RatioMath.WORK), downside, periodsPerYear);
    }

    /**
     * (E_end / E_start)^(365 / days) - 1. Null when days &lt; 1 or E_end &lt; 0 (no real root); exactly -1
     * when E_end = 0 (everything lost).
     */
    static BigDecimal cagr(Money start, Money end, long days) {
        if (days < 1 || end.isNegative() || !start.isPositive()) {
            return null;
        }
        if (end.isZero()) {
            return BigDecimal.ONE.negate();
        }
        BigDecimal growth = end.amount().divide(start.amount(), RatioMath.WORK);
        return RatioMath.pow(growth, DAYS_PER_YEAR, days).subtract(BigDecimal.ONE).round(RatioMath.RATIO);
    }

    /** CAGR / max drawdown fraction; null when either is absent or the drawdown is zero. */
    static BigDecimal calmar(BigDecimal cagr, BigDecimal maxDrawdownFraction) {
        if (cagr == null || maxDrawdownFraction == null || maxDrawdownFraction.signum() == 0) {
            return null;
        }
        return RatioMath.ratio(cagr, maxDrawdownFraction);
    }

    private static boolean usable(List<BigDecimal> returns) {
        return returns.size() >= 2 && returns.stream().allMatch(r -> r != null);
    }

    private static BigDecimal mean(List<BigDecimal> returns) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal r : returns) {
            sum = sum.add(r);
        }
        return sum.divide(BigDecimal.valueOf(returns.size()), RatioMath.WORK);
    }

    private static BigDecimal annualised(BigDecimal excessMean, BigDecimal deviation, int periodsPerYear) {
        BigDecimal perPeriod = excessMean.divide(deviation, RatioMath.WORK);
        return perPeriod.multiply(RatioMath.sqrt(BigDecimal.valueOf(periodsPerYear)), RatioMath.WORK)
                .round(RatioMath.RATIO);
    }
}
