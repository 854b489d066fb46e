package io.tradekit.application.risk;

import io.tradekit.domain.shared.Money;

/**
 * Caps the cost basis of open positions in one market (condition): an entry is rejected when the market's
 * exposure + the order's notional would exceed the limit.
 */
public final class MaxMarketExposure implements RiskPolicy {
    public static final String LIMIT = "maxMarketExposure";

    private final Money limit;

    public MaxMarketExposure(Money limit) {
        this.limit = LimitValues.positive(limit, LIMIT);
    }

    @Override
    public String limit() {
        return LIMIT;
    }

    @Override
    public PolicyResult evaluate(RiskContext context) {
        Money existing = context.snapshot().marketExposure();
        Money wouldBe = existing.plus(context.orderNotional());
        if (wouldBe.compareTo(limit) <= 0) {
            return PolicyResult.allowed();
        }
        return PolicyResult.Rejected.withHeadroom(LIMIT, limit.toString(), wouldBe.toString(),
                "exposure in market " + context.order().conditionId() + " would be " + wouldBe + " (open " + existing
                        + " + order " + context.orderNotional() + "), above the limit " + limit,
                limit.minus(existing));
    }
}
