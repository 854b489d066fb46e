package io.tradekit.application.risk;

import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Money;

/**
 * Caps the cost basis of open positions across the markets of one event: an entry with an event is rejected
 * when the event's exposure + the order's notional would exceed the limit. Orders without an event pass.
 */
public final class MaxEventExposure implements RiskPolicy {
    public static final String LIMIT = "maxEventExposure";

    private final Money limit;

    public MaxEventExposure(Money limit) {
        this.limit = LimitValues.positive(limit, LIMIT);
    }

    @Override
    public String limit() {
        return LIMIT;
    }

    @Override
    public PolicyResult evaluate(RiskContext context) {
        EventId event = context.order().eventId();
        if (event == null) {
            return PolicyResult.allowed();
        }
        Money existing = context.snapshot().eventExposure();
        Money wouldBe = existing.plus(context.orderNotional());
        if (wouldBe.compareTo(limit) <= 0) {
            return PolicyResult.allowed();
        }
        return PolicyResult.Rejected.withHeadroom(LIMIT, limit.toString(), wouldBe.toString(),
                "exposure in event " + event + " would be " + wouldBe + " (open " + existing + " + order "
                        + context.orderNotional() + "), above the limit " + limit,
                limit.minus(existing));
    }
}
