package io.tradekit.application.sizing;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Capped fractional Kelly for a binary token bought at price c that pays 1 with the model's probability p:
 * f* = (p - c) / (1 - c), zero when there is no edge (p &lt;= c) or c &gt;= 1; the stake fraction is
 * min(f* x kellyFraction, maxFraction). Divisions use MathContext.DECIMAL64.
 *
 * @param probability   the model's probability p that the token resolves to 1, in [0, 1]
 * @param kellyFraction the share of full Kelly to bet, in (0, 1] (0.5 = half Kelly)
 * @param maxFraction   the cap on the stake as a fraction of equity, in (0, 1]
 */
public record FractionalKelly(BigDecimal probability, BigDecimal kellyFraction, BigDecimal maxFraction)
        implements EquityFraction {

    public FractionalKelly {
        Require.nonNull(probability, "probability");
        if (probability.signum() < 0 || probability.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException("probability", "a probability in [0, 1], got " + probability.toPlainString());
        }
        SizingRule.unitFraction(kellyFraction, "kellyFraction");
        SizingRule.unitFraction(maxFraction, "maxFraction");
    }

    public static FractionalKelly of(String probability, String kellyFraction, String maxFraction) {
        return new FractionalKelly(new BigDecimal(probability), new BigDecimal(kellyFraction),
                new BigDecimal(maxFraction));
    }

    /** f* = (p - c) / (1 - c), or zero without an edge (p &lt;= c) or when c &gt;= 1. */
    public static BigDecimal fullKelly(BigDecimal p, BigDecimal c) {
        Require.nonNull(p, "probability");
        Require.nonNull(c, "price");
        if (c.compareTo(BigDecimal.ONE) >= 0 || p.compareTo(c) <= 0) {
            return BigDecimal.ZERO;
        }
        return p.subtract(c).divide(BigDecimal.ONE.subtract(c), MathContext.DECIMAL64);
    }

    @Override
    public BigDecimal fractionOfEquity(Price price) {
        Require.nonNull(price, "price").requireBinary("price");
        BigDecimal scaled = fullKelly(probability, price.value()).multiply(kellyFraction);
        return scaled.min(maxFraction);
    }
}
