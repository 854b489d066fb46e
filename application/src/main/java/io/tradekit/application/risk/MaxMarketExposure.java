package io.tradekit.application.risk;

import io.tradekit.domain.shared.Money;

/**
 * Caps the cost basis of open positions in one market (condition): an entry is rejected when the market's
 * exposure + the order's notional would exceed the limit.
 */
public final class MaxMarketExposure extends NotionalCeiling {
    public static final String LIMIT = "maxMarketExposure";

    public MaxMarketExposure(Money limit) {
        super(LIMIT, limit);
    }

    @Override
    Money held(RiskContext context) {
        return context.snapshot().marketExposure();
    }

    @Override
    String figure(RiskContext context) {
        return "exposure in market " + context.order().conditionId();
    }
}
