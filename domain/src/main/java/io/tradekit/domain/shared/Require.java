package io.tradekit.domain.shared;

import java.math.BigDecimal;

/** Validation helpers for compact constructors; every failure names its field. */
public final class Require {
    private static final int MAX_ID_LENGTH = 200;

    private Require() {
    }

    public static <T> T nonNull(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "must not be null");
        }
        return value;
    }

    /** Ids are compared byte-wise by every store, so they are restricted to printable ASCII. */
    public static String id(String value, String field) {
        nonNull(value, field);
        if (value.isEmpty()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new InvalidValueException(field, "longer than " + MAX_ID_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new InvalidValueException(field, "must be printable ASCII without spaces, got '" + value + "'");
            }
        }
        return value;
    }

    public static BigDecimal nonNegative(BigDecimal value, String field) {
        nonNull(value, field);
        if (value.signum() < 0) {
            throw new InvalidValueException(field, "must not be negative, got " + Decimals.show(value));
        }
        return value;
    }

    public static BigDecimal positive(BigDecimal value, String field) {
        nonNull(value, field);
        if (value.signum() <= 0) {
            throw new InvalidValueException(field, "must be positive, got " + Decimals.show(value));
        }
        return value;
    }

    /**
     * Parses a decimal the way a CSV or a command line gives it: no NaN, no infinity; exponent notation
     * ("1.5E+3") is a number, and the value objects then bound its magnitude ({@link Decimals#exact}).
     */
    public static BigDecimal decimal(String text, String field) {
        nonNull(text, field);
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        try {
            return new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "not a number: '" + text + "'");
        }
    }
}
