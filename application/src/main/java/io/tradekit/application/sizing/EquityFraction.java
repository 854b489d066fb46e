package io.tradekit.application.sizing;

import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;

/** A rule that stakes a fraction of equity that depends only on the price. */
public interface EquityFraction extends SizingRule {

    /** The fraction of equity to stake at {@code price}, in [0, 1]; zero means "do not trade". */
    BigDecimal fractionOfEquity(Price price);

    @Override
    default BigDecimal fractionOfEquity(Money equity, Price price) {
        return fractionOfEquity(price);
    }

    /**
     * quantity = fraction x equity / price, rounded DOWN to the kit's 8 decimals (never more than the stake buys).
     * Zero when the fraction or the equity is zero or negative.
     */
    @Override
    default Quantity quantity(Money equity, Price price) {
        Require.nonNull(equity, "equity");
        SizingRule.requirePositivePrice(price);
        BigDecimal fraction = fractionOfEquity(price);
        if (fraction.signum() <= 0 || !equity.isPositive()) {
            return Quantity.ZERO;
        }
        return SizingRule.buyFor(fraction.multiply(equity.amount()), price);
    }
}
