package io.tradekit.application.risk;

import io.tradekit.domain.shared.Money;

/**
 * Caps the sum of the cost basis of open positions (a binary token can lose all of it): an entry is rejected
 * when capital at risk + the order's notional would exceed the limit. Reaching it exactly is allowed.
 */
public final class MaxCapitalAtRisk implements RiskPolicy {
    public static final String LIMIT = "maxCapitalAtRisk";

    private final Money limit;

    public MaxCapitalAtRisk(Money limit) {
        this.limit = LimitValues.positive(limit, LIMIT);
    }

    @Override
    public String limit() {
        return LIMIT;
    }

    @Override
    public PolicyResult evaluate(RiskContext context) {
        Money existing = context.snapshot().capitalAtRisk();
        Money wouldBe = existing.plus(context.orderNotional());
        if (wouldBe.compareTo(limit) <= 0) {
            return PolicyResult.allowed();
        }
        return PolicyResult.Rejected.withHeadroom(LIMIT, limit.toString(), wouldBe.toString(),
                "capital at risk would be " + wouldBe + " (open " + existing + " + order " + context.orderNotional()
                        + "), above the limit " + limit, limit.minus(existing));
    }
}
