package io.tradekit.application.sizing;

import io.tradekit.application.risk.OrderScope;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Side;
import java.util.Optional;

/**
 * The command of {@link PositionSizer}: where and at what price the bot wants to trade, and the rule that sizes
 * it. {@code equity} is optional: without it the account's equity is used (starting capital + net realized
 * P&amp;L + unrealized P&amp;L, which needs the starting capital in the account's risk limits).
 */
public record SizeOrder(OrderScope scope, Side side, Price price, SizingRule rule, Money equity) {

    public SizeOrder {
        Require.nonNull(scope, "scope");
        Require.nonNull(side, "side");
        Require.nonNull(price, "price");
        Require.nonNull(rule, "rule");
        if (price.value().signum() <= 0) {
            throw new InvalidValueException("price", "sizing divides by the price; it must be positive, got " + price);
        }
        if (rule instanceof FractionalKelly) {
            price.requireBinary("price");
            if (side != Side.BUY) {
                throw new InvalidValueException("side",
                        "Kelly sizing buys a binary token; to bet against it, size the opposite token");
            }
        }
    }

    /** Sizes on the account's own equity (needs its starting capital configured). */
    public static SizeOrder onAccountEquity(OrderScope scope, Side side, Price price, SizingRule rule) {
        return new SizeOrder(scope, side, price, rule, null);
    }

    public Optional<Money> givenEquity() {
        return Optional.ofNullable(equity);
    }
}
