package io.tradekit.bootstrap.replay;

import io.tradekit.domain.shared.Decimals;

/**
 * The tape's prices and sizes read by hand in the common case: a plain decimal (ASCII digits, at most one point, no
 * sign, no exponent) whose value fits {@link Decimals#SCALE} decimals and a long. Every other text (a sign, an
 * exponent, other digits, more than 8 decimals that are not zeros, more than 18 significant digits, a cell longer
 * than {@link InputCells#MAX_NUMBER_LENGTH}) is {@link #NOT_PLAIN}: the caller then takes the general path
 * ({@code Require.decimal}, {@code Decimals.exact}), which reads it or refuses it with its usual message.
 * PlainDecimalsTest checks the two agree.
 */
final class PlainDecimals {
    /** Marks a text {@link #scaled} does not read. */
    static final long NOT_PLAIN = Long.MIN_VALUE;

    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L};

    private PlainDecimals() {
    }

    /**
     * The value of {@code chars[from..to)} times 10^8 (its unscaled value at the kit's scale, as
     * {@code Decimals.exact} gives it), or {@link #NOT_PLAIN}.
     */
    static long scaled(char[] chars, int from, int to) {
        if (to - from > InputCells.MAX_NUMBER_LENGTH) {
            return NOT_PLAIN;
        }
        int point = to;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '.') {
                if (point != to) {
                    return NOT_PLAIN;
                }
                point = i;
            } else if (c < '0' || c > '9') {
                return NOT_PLAIN;
            }
        }
        if (to - from - (point < to ? 1 : 0) == 0) {
            return NOT_PLAIN; // no digit: blank, or "." alone
        }
        // zeros past the 8th decimal are dropped (Decimals.exact accepts them); any other digit there is refused
        int end = to;
        while (end - point - 1 > Decimals.SCALE && chars[end - 1] == '0') {
            end--;
        }
        int decimals = end > point ? end - point - 1 : 0;
        if (decimals > Decimals.SCALE) {
            return NOT_PLAIN; // the general path says what is wrong
        }
        long value = 0;
        int significant = 0;
        for (int i = from; i < end; i++) {
            if (i == point) {
                continue;
            }
            int d = chars[i] - '0';
            if (value == 0 && d == 0) {
                continue; // a leading zero
            }
            if (++significant > 18) {
                return NOT_PLAIN;
            }
            value = value * 10 + d;
        }
        long factor = POWERS[Decimals.SCALE - decimals];
        if (value > Long.MAX_VALUE / factor) {
            return NOT_PLAIN;
        }
        return value * factor;
    }
}
