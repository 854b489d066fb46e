package io.tradekit.application.risk;

/**
 * Caps the executions of a trading day: an entry is rejected when it would be trade number
 * (trades today + 1) &gt; limit. A trade counts when at least one of its legs filled.
 */
public final class MaxTradesPerDay implements RiskPolicy {
    public static final String LIMIT = "maxTradesPerDay";

    private final long limit;

    public MaxTradesPerDay(long limit) {
        this.limit = LimitValues.positive(limit, LIMIT);
    }

    @Override
    public String limit() {
        return LIMIT;
    }

    @Override
    public PolicyResult evaluate(RiskContext context) {
        long wouldBe = context.snapshot().tradesToday() + 1;
        if (wouldBe <= limit) {
            return PolicyResult.allowed();
        }
        return PolicyResult.Rejected.outright(LIMIT, Long.toString(limit), Long.toString(wouldBe),
                "this would be trade " + wouldBe + " of trading day " + context.tradingDay().date()
                        + ", above the limit " + limit);
    }
}
