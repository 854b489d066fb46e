package io.tradekit.application.sizing;

import io.tradekit.domain.shared.Price;
import java.math.BigDecimal;

/** Stakes a fixed fraction of equity on every order: quantity = riskFraction x equity / price. */
public record FixedFractional(BigDecimal riskFraction) implements EquityFraction {

    public FixedFractional {
        SizingRule.unitFraction(riskFraction, "riskFraction");
    }

    public static FixedFractional of(String riskFraction) {
        return new FixedFractional(new BigDecimal(riskFraction));
    }

    @Override
    public BigDecimal fractionOfEquity(Price price) {
        return riskFraction;
    }
}
