package io.tradekit.application.sizing;

import io.tradekit.domain.shared.Decimals;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How much of the account's equity one order may stake, before the risk limits have their say. */
public sealed interface SizingRule permits FixedFractional, FractionalKelly {

    /** The fraction of equity to stake at {@code price}, in [0, 1]; zero means "do not trade". */
    BigDecimal fractionOfEquity(Price price);

    /**
     * quantity = fraction x equity / price, rounded DOWN to the kit's 8 decimals (never more than the stake buys).
     * Zero when the fraction or the equity is zero or negative.
     */
    default Quantity quantity(Money equity, Price price) {
        Require.nonNull(equity, "equity");
        Require.nonNull(price, "price");
        if (price.value().signum() <= 0) {
            throw new InvalidValueException("price", "sizing divides by the price; it must be positive");
        }
        BigDecimal fraction = fractionOfEquity(price);
        if (fraction.signum() <= 0 || !equity.isPositive()) {
            return Quantity.ZERO;
        }
        BigDecimal stake = fraction.multiply(equity.amount());
        return Quantity.of(stake.divide(price.value(), Decimals.SCALE, RoundingMode.DOWN));
    }

    /** Shared validation: a fraction in (0, 1]. */
    static BigDecimal unitFraction(BigDecimal value, String field) {
        Require.nonNull(value, field);
        if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException(field, "a fraction in (0, 1], got " + value.toPlainString());
        }
        return value;
    }
}
