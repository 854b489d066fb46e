package io.tradekit.application.risk;

/**
 * Caps the executions of a trading day: an entry is rejected when it would be trade number
 * (trades today + 1) &gt; limit. A trade counts when at least one of its legs filled.
 */
public final class MaxTradesPerDay extends CountCeiling {
    public static final String LIMIT = "maxTradesPerDay";

    public MaxTradesPerDay(long limit) {
        super(LIMIT, limit);
    }

    @Override
    long held(RiskContext context) {
        return context.snapshot().tradesToday();
    }

    @Override
    String wouldMake(RiskContext context, long wouldBe) {
        return "this would be trade " + wouldBe + " of trading day " + context.tradingDay().date();
    }
}
