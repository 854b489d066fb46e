package io.tradekit.application.risk;

import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.shared.Money;

/**
 * Stops new entries once the trading day's loss has reached the limit. Daily loss =
 * max(0, -(realized P&amp;L closed today - fees of today's executions [+ unrealized P&amp;L of open positions])),
 * a positive amount: a 45.50 loss is 45.50, a profitable day is 0.
 */
public final class MaxDailyLoss implements RiskPolicy {
    public static final String LIMIT = "maxDailyLoss";

    private final Money limit;
    private final boolean includeUnrealized;

    public MaxDailyLoss(Money limit, boolean includeUnrealized) {
        this.limit = LimitValues.positive(limit, LIMIT);
        this.includeUnrealized = includeUnrealized;
    }

    /** The day's loss as a positive amount (zero for a profitable or flat day). */
    public static Money dailyLoss(RiskSnapshot snapshot, boolean includeUnrealized) {
        Money result = snapshot.realizedPnlToday().minus(snapshot.feesToday());
        if (includeUnrealized) {
            result = result.plus(snapshot.unrealizedPnl());
        }
        return result.negate().max(Money.ZERO);
    }

    @Override
    public String limit() {
        return LIMIT;
    }

    @Override
    public PolicyResult evaluate(RiskContext context) {
        RiskSnapshot s = context.snapshot();
        Money loss = dailyLoss(s, includeUnrealized);
        if (loss.compareTo(limit) < 0) {
            return PolicyResult.allowed();
        }
        return PolicyResult.Rejected.outright(LIMIT, limit.toString(), loss.toString(),
                "daily loss " + loss + " of trading day " + context.tradingDay().date() + " has reached the limit "
                        + limit + " (realized " + s.realizedPnlToday() + ", fees " + s.feesToday()
                        + (includeUnrealized ? ", unrealized " + s.unrealizedPnl() : "") + ")");
    }
}
