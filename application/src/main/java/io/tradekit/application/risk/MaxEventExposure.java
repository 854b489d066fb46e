package io.tradekit.application.risk;

import io.tradekit.domain.shared.Money;

/**
 * Caps the cost basis of open positions across the markets of one event: an entry with an event is rejected
 * when the event's exposure + the order's notional would exceed the limit. Orders without an event pass.
 */
public final class MaxEventExposure extends NotionalCeiling {
    public static final String LIMIT = "maxEventExposure";

    public MaxEventExposure(Money limit) {
        super(LIMIT, limit);
    }

    @Override
    boolean applies(RiskContext context) {
        return context.order().eventId() != null;
    }

    @Override
    Money held(RiskContext context) {
        return context.snapshot().eventExposure();
    }

    @Override
    String figure(RiskContext context) {
        return "exposure in event " + context.order().eventId();
    }
}
