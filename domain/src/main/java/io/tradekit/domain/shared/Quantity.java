package io.tradekit.domain.shared;

import java.math.BigDecimal;

/** A number of units (shares, tokens, coins), never negative, at {@link Decimals#SCALE} decimals. */
public record Quantity(BigDecimal value) implements Comparable<Quantity> {
    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO);

    public Quantity {
        value = Decimals.exact(Require.nonNegative(value, "quantity"), "quantity");
    }

    public static Quantity of(BigDecimal value) {
        return new Quantity(value);
    }

    public static Quantity of(String value) {
        return new Quantity(Require.decimal(value, "quantity"));
    }

    public static Quantity rounded(BigDecimal value) {
        return new Quantity(Decimals.rounded(Require.nonNull(value, "quantity")));
    }

    public Quantity plus(Quantity other) {
        return new Quantity(value.add(other.value));
    }

    /** Fails when the result would be negative: a quantity never goes below zero. */
    public Quantity minus(Quantity other) {
        BigDecimal result = value.subtract(other.value);
        if (result.signum() < 0) {
            throw new InvalidValueException("quantity", "cannot take " + other + " from " + this);
        }
        return new Quantity(result);
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    @Override
    public int compareTo(Quantity other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
