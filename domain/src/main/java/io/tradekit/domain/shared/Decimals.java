package io.tradekit.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one place the kit's decimal scale and rounding are decided. */
public final class Decimals {
    /** Money, prices and quantities all carry 8 decimal places (satoshi and USDC precision fit). */
    public static final int SCALE = 8;
    /** Banker's rounding: unbiased over many fills. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private Decimals() {
    }

    /** Scale an input exactly; more than {@link #SCALE} decimals is an error, never a silent rounding. */
    public static BigDecimal exact(BigDecimal value, String field) {
        Require.nonNull(value, field);
        try {
            return value.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidValueException(field, "more than " + SCALE + " decimal places: " + value.toPlainString());
        }
    }

    /** Scale a computed value (a product or a quotient) with the kit's rounding. */
    public static BigDecimal rounded(BigDecimal value) {
        return value.setScale(SCALE, ROUNDING);
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, SCALE, ROUNDING);
    }
}
