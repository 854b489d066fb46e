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

    /**
     * Digits a value may have before the decimal point: with {@link #SCALE} that is DECIMAL(38, 8), which
     * every SQL store can hold. Checked before scaling, so "1e9999999" fails at once instead of growing into
     * a ten-million-digit number.
     */
    public static final int MAX_INTEGER_DIGITS = 30;

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    /** Scale an input exactly; more than {@link #SCALE} decimals is an error, never a silent rounding. */
    public static BigDecimal exact(BigDecimal value, String field) {
        Require.nonNull(value, field);
        if (value.signum() == 0) {
            return ZERO;
        }
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException(field,
                    "more than " + MAX_INTEGER_DIGITS + " digits before the decimal point: " + show(value));
        }
        if (value.scale() > SCALE && value.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidValueException(field, "more than " + SCALE + " decimal places: " + show(value));
        }
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Scale a computed value (a product or a quotient) with the kit's rounding. */
    public static BigDecimal rounded(BigDecimal value) {
        return value.setScale(SCALE, ROUNDING);
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, SCALE, ROUNDING);
    }

    /** For messages: the plain digits, or scientific notation when those would run to thousands of zeros. */
    static String show(BigDecimal value) {
        return Math.abs((long) value.scale()) <= 64 ? value.toPlainString() : value.toString();
    }
}
