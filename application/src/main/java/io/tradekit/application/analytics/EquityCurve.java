package io.tradekit.application.analytics;

import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import java.util.List;

/**
 * What one pass over the closes yields.
 *
 * @param points the curve kept in memory: every point when the full curve has at most the requested
 *        maximum, else a downsampled subset (first point, then per bucket its lowest, highest and last
 *        point) that keeps every extreme; {@code totalPoints} says how long the full curve was
 * @param maxDrawdown the largest fall in money (null when the curve never fell below a previous peak)
 * @param maxDrawdownFraction the largest fall as a fraction of its peak (null likewise); can be another episode
 * @param dailyEquity one entry per calendar day of the window in the zone
 */
public record EquityCurve(Money startingCapital, Money endingEquity, long closes, Money netProfit,
        List<EquityPoint> points, long totalPoints, Drawdown maxDrawdown, Drawdown maxDrawdownFraction,
        List<DailyEquity> dailyEquity) {
    public EquityCurve {
        Require.nonNull(startingCapital, "startingCapital");
        Require.nonNull(endingEquity, "endingEquity");
        Require.nonNull(netProfit, "netProfit");
        points = List.copyOf(points);
        dailyEquity = List.copyOf(dailyEquity);
    }

    public boolean downsampled() {
        return points.size() < totalPoints;
    }
}
