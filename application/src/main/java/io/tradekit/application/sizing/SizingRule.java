package io.tradekit.application.sizing;

import io.tradekit.domain.shared.Decimals;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much one order may stake, before the risk limits have their say. Open for a bot's own rule: the kit ships
 * {@link FixedFractional} and {@link FractionalKelly} (a fraction of equity, see {@link EquityFraction}) and
 * {@link FixedStake} (the same money on every order).
 */
public interface SizingRule {

    /** The quantity to order at {@code price} on {@code equity}; zero means "do not trade". */
    Quantity quantity(Money equity, Price price);

    /** The stake of {@link #quantity} as a fraction of {@code equity} (what the sizer reports). */
    BigDecimal fractionOfEquity(Money equity, Price price);

    /** Shared check: sizing divides by the price. */
    static void requirePositivePrice(Price price) {
        Require.nonNull(price, "price");
        if (price.value().signum() <= 0) {
            throw new InvalidValueException("price", "sizing divides by the price; it must be positive");
        }
    }

    /** stake / price, rounded DOWN to the kit's 8 decimals (never more than the stake buys). */
    static Quantity buyFor(BigDecimal stake, Price price) {
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
