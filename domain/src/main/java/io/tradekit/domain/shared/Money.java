package io.tradekit.domain.shared;

import java.math.BigDecimal;

/** An amount of the account currency (e.g. USDC), signed, at {@link Decimals#SCALE} decimals. */
public record Money(BigDecimal amount) implements Comparable<Money> {
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        amount = Decimals.exact(amount, "amount");
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money of(String amount) {
        return new Money(Require.decimal(amount, "amount"));
    }

    /** For computed values: rounds to the kit's scale instead of rejecting extra decimals. */
    public static Money rounded(BigDecimal amount) {
        return new Money(Decimals.rounded(Require.nonNull(amount, "amount")));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public Money abs() {
        return new Money(amount.abs());
    }

    public Money times(BigDecimal factor) {
        return rounded(amount.multiply(factor));
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
