package io.tradekit.application.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal arithmetic for the report's ratios (win rate, profit factor, returns, Sharpe, CAGR ...).
 *
 * <p>Ratios are not money, but they are still computed in {@link BigDecimal}, never {@code double}, so the
 * same closes give the same report on every JVM. Results are rounded to {@link #RATIO}
 * ({@link MathContext#DECIMAL64}: 16 significant digits, HALF_EVEN); intermediate steps of the
 * transcendental functions run at {@link #WORK} (40 digits) so the rounding happens once, at the end.
 */
final class RatioMath {
    /** Every ratio the report exposes is rounded to this. */
    static final MathContext RATIO = MathContext.DECIMAL64;
    /** Working precision inside ln, exp and the statistics, well above {@link #RATIO}. */
    static final MathContext WORK = new MathContext(40, RoundingMode.HALF_EVEN);

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal REDUCED = new BigDecimal("0.05");
    private static final BigDecimal TERM_LIMIT = new BigDecimal("1e-46");

    private RatioMath() {
    }

    /** {@code numerator / denominator} at {@link #RATIO}; the caller guarantees a non-zero denominator. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, RATIO);
    }

    /** Natural logarithm of a positive number, at {@link #WORK} precision. */
    static BigDecimal ln(BigDecimal x) {
        if (x.signum() <= 0) {
            throw new ArithmeticException("ln of a non-positive number: " + x.toPlainString());
        }
        // ln x = 2^k ln(x^(1/2^k)): square roots bring x next to 1, where the atanh series converges fast
        BigDecimal y = x;
        int halvings = 0;
        while (y.subtract(BigDecimal.ONE).abs().compareTo(REDUCED) > 0) {
            y = y.sqrt(WORK);
            halvings++;
        }
        // ln y = 2 atanh(z) = 2 (z + z^3/3 + z^5/5 + ...), z = (y - 1) / (y + 1), |z| < 0.026
        BigDecimal z = y.subtract(BigDecimal.ONE).divide(y.add(BigDecimal.ONE), WORK);
        BigDecimal zSquared = z.multiply(z, WORK);
        BigDecimal power = z;
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 1; power.abs().compareTo(TERM_LIMIT) > 0; n += 2) {
            sum = sum.add(power.divide(BigDecimal.valueOf(n), WORK), WORK);
            power = power.multiply(zSquared, WORK);
        }
        return sum.multiply(TWO).multiply(TWO.pow(halvings), WORK);
    }

    /** e^x at {@link #WORK} precision. */
    static BigDecimal exp(BigDecimal x) {
        // e^x = (e^(x / 2^k))^(2^k) with |x / 2^k| < 0.05, where the Taylor series converges in ~15 terms
        int halvings = 0;
        BigDecimal reduced = x;
        while (reduced.abs().compareTo(REDUCED) > 0) {
            reduced = reduced.divide(TWO, WORK);
            halvings++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; term.abs().compareTo(TERM_LIMIT) > 0; n++) {
            term = term.multiply(reduced, WORK).divide(BigDecimal.valueOf(n), WORK);
            sum = sum.add(term, WORK);
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, WORK);
        }
        return sum;
    }

    /** {@code base ^ (numerator / denominator)} for a positive base, at {@link #WORK} precision. */
    static BigDecimal pow(BigDecimal base, long numerator, long denominator) {
        if (base.compareTo(BigDecimal.ONE) == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal exponent = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), WORK);
        return exp(ln(base).multiply(exponent, WORK));
    }

    /** Square root at {@link #WORK} precision. */
    static BigDecimal sqrt(BigDecimal x) {
        return x.sqrt(WORK);
    }
}
