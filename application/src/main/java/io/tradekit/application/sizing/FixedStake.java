package io.tradekit.application.sizing;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Stakes the same money on every order, whatever the equity: quantity = stake / price, rounded DOWN to 8 decimals,
 * so quantity x price is at most the stake and short of it by less than 1e-8 x price.
 */
public record FixedStake(Money stake) implements SizingRule {

    public FixedStake {
        Require.nonNull(stake, "stake");
        if (!stake.isPositive()) {
            throw new InvalidValueException("stake", "must be positive, got " + stake);
        }
    }

    public static FixedStake of(String stake) {
        return new FixedStake(Money.of(stake));
    }

    @Override
    public Quantity quantity(Money equity, Price price) {
        SizingRule.requirePositivePrice(price);
        return SizingRule.buyFor(stake.amount(), price);
    }

    /** stake / equity (DECIMAL64); zero without positive equity. */
    @Override
    public BigDecimal fractionOfEquity(Money equity, Price price) {
        Require.nonNull(equity, "equity");
        return equity.isPositive() ? stake.amount().divide(equity.amount(), MathContext.DECIMAL64) : BigDecimal.ZERO;
    }
}
