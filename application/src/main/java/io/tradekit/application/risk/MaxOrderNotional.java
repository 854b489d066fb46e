package io.tradekit.application.risk;

import io.tradekit.domain.shared.Money;

/** Caps one entry's notional (price x quantity): nothing is held against it, the order alone counts. */
public final class MaxOrderNotional extends NotionalCeiling {
    public static final String LIMIT = "maxOrderNotional";

    public MaxOrderNotional(Money limit) {
        super(LIMIT, limit);
    }

    @Override
    Money held(RiskContext context) {
        return Money.ZERO;
    }

    @Override
    String figure(RiskContext context) {
        return "order notional";
    }

    @Override
    String breach(RiskContext context, Money held, Money wouldBe) {
        return figure(context) + " " + wouldBe + " (" + context.order().quantity() + " x " + context.order().price()
                + ") is above the limit " + ceiling();
    }
}
