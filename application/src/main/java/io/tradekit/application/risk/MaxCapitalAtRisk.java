package io.tradekit.application.risk;

import io.tradekit.domain.shared.Money;

/**
 * Caps the sum of the cost basis of open positions (a binary token can lose all of it): an entry is rejected
 * when capital at risk + the order's notional would exceed the limit. Reaching it exactly is allowed.
 */
public final class MaxCapitalAtRisk extends NotionalCeiling {
    public static final String LIMIT = "maxCapitalAtRisk";

    public MaxCapitalAtRisk(Money limit) {
        super(LIMIT, limit);
    }

    @Override
    Money held(RiskContext context) {
        return context.snapshot().capitalAtRisk();
    }

    @Override
    String figure(RiskContext context) {
        return "capital at risk";
    }
}
