package io.tradekit.application.risk;

import io.tradekit.domain.shared.Money;

/** Caps one entry's notional (price x quantity). */
public final class MaxOrderNotional implements RiskPolicy {
    public static final String LIMIT = "maxOrderNotional";

    private final Money limit;

    public MaxOrderNotional(Money limit) {
        this.limit = LimitValues.positive(limit, LIMIT);
    }

    @Override
    public String limit() {
        return LIMIT;
    }

    @Override
    public PolicyResult evaluate(RiskContext context) {
        Money notional = context.orderNotional();
        if (notional.compareTo(limit) <= 0) {
            return PolicyResult.allowed();
        }
        return PolicyResult.Rejected.withHeadroom(LIMIT, limit.toString(), notional.toString(),
                "order notional " + notional + " (" + context.order().quantity() + " x " + context.order().price()
                        + ") is above the limit " + limit, limit);
    }
}
