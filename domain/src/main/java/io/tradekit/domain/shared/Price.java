package io.tradekit.domain.shared;

import java.math.BigDecimal;

/**
 * A price per unit, never negative, at {@link Decimals#SCALE} decimals. Binary outcome tokens trade
 * in [0, 1]: use {@link #binary} where the market is binary; other instruments may be priced above 1.
 */
public record Price(BigDecimal value) implements Comparable<Price> {
    public static final Price ZERO = new Price(BigDecimal.ZERO);
    public static final Price ONE = new Price(BigDecimal.ONE);

    public Price {
        value = Decimals.exact(Require.nonNegative(value, "price"), "price");
    }

    public static Price of(BigDecimal value) {
        return new Price(value);
    }

    public static Price of(String value) {
        return new Price(Require.decimal(value, "price"));
    }

    /** A binary-token price: rejects anything outside [0, 1]. */
    public static Price binary(BigDecimal value) {
        return new Price(value).requireBinary("price");
    }

    public static Price binary(String value) {
        return binary(Require.decimal(value, "price"));
    }

    public static Price rounded(BigDecimal value) {
        return new Price(Decimals.rounded(Require.nonNull(value, "price")));
    }

    public boolean isBinary() {
        return value.compareTo(BigDecimal.ONE) <= 0;
    }

    public Price requireBinary(String field) {
        if (!isBinary()) {
            throw new InvalidValueException(field, "a binary-token price must lie in [0, 1], got " + value.toPlainString());
        }
        return this;
    }

    /** The notional of {@code quantity} units at this price. */
    public Money times(Quantity quantity) {
        return Money.rounded(value.multiply(quantity.value()));
    }

    public boolean isAtLeast(Price other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(Price other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
