package io.tradekit.application.analytics;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A performance report over closed (and settled) positions, with the definitions of docs/analytics.md.
 * A plain record so a bot can log it ({@link #toString()} leaves out the two series) or serialize it.
 *
 * <p><b>Null means absent</b>: the figure is undefined for this history (no trades, no loss, too few
 * returns ...), never a placeholder 0, cap or NaN. Money is {@link Money} (8 decimals); ratios are
 * {@link BigDecimal} rounded to 16 significant digits, as fractions: a win rate of 0.6 is 60 %, a
 * drawdown of 0.25 is 25 %.
 *
 * @param conditionId the market the report is limited to; null for every market of the account
 * @param from window start, inclusive
 * @param to window end, exclusive
 * @param generatedAt the injected clock's time when the report was made
 * @param closed positions closed or settled in the window; {@code wins + losses + breakevens}
 * @param wins closes with net P&amp;L (after fees) &gt; 0
 * @param losses closes with net P&amp;L &lt; 0
 * @param breakevens closes with net P&amp;L = 0
 * @param winRate wins / closed; null when nothing closed
 * @param netProfit sum of net P&amp;L (after every fee) = ending equity - starting capital
 * @param grossProfit sum of the winning closes' net P&amp;L
 * @param grossLoss |sum of the losing closes' net P&amp;L|, positive
 * @param profitFactor gross profit / gross loss; null when there is no loss
 * @param averageWin gross profit / wins; null without wins
 * @param averageLoss gross loss / losses, positive; null without losses
 * @param largestWin the largest net win; null without wins
 * @param largestLoss the largest net loss, positive; null without losses
 * @param averagePnlPerTrade net profit / closed; null when nothing closed
 * @param expectancy win rate x average win - loss rate x average loss, money per trade; null when nothing
 *        closed (a missing average counts as 0 when its rate is 0)
 * @param maxDrawdown max over the curve of peak - equity, money; null when equity never fell below a peak
 * @param maxDrawdownFraction max over the curve of 1 - equity / peak, as a fraction; null likewise
 * @param maxDrawdownPeriod peak and trough of the {@code maxDrawdown} fall
 * @param maxDrawdownFractionPeriod peak and trough of the {@code maxDrawdownFraction} fall (usually the same)
 * @param sharpe mean(r_d - rf_daily) / stdev(r_d, n-1) x sqrt(P); null when fewer than 2 daily returns,
 *        a return is undefined, or the deviation is 0
 * @param sortino mean(r_d - rf_daily) / sqrt(sum over r_d&lt;0 of r_d^2 / n) x sqrt(P); null likewise or
 *        when no daily return is negative
 * @param cagr (ending equity / starting capital)^(365 / days) - 1; null when ending equity &lt; 0
 * @param days the calendar days of the window in the zone (the daily equity's length), CAGR's days
 * @param calmar cagr / maxDrawdownFraction; null when either is absent
 * @param equityCurve the curve's points, at most the command's maxCurvePoints (downsampled beyond)
 * @param equityCurvePoints how many points the full curve has (1 + distinct close times)
 * @param dailyEquity one entry per calendar day of the window in the zone, with its return
 */
public record PerformanceReport(AccountId accountId, ConditionId conditionId, Instant from, Instant to, ZoneId zone,
        int periodsPerYear, BigDecimal riskFreeRatePerYear, Instant generatedAt,
        Money startingCapital, Money endingEquity,
        long closed, long wins, long losses, long breakevens, BigDecimal winRate,
        Money netProfit, Money grossProfit, Money grossLoss, BigDecimal profitFactor,
        Money averageWin, Money averageLoss, Money largestWin, Money largestLoss,
        Money averagePnlPerTrade, Money expectancy,
        Money maxDrawdown, BigDecimal maxDrawdownFraction, Drawdown maxDrawdownPeriod,
        Drawdown maxDrawdownFractionPeriod,
        BigDecimal sharpe, BigDecimal sortino, BigDecimal cagr, long days, BigDecimal calmar,
        List<EquityPoint> equityCurve, long equityCurvePoints, List<DailyEquity> dailyEquity) {

    public PerformanceReport {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.nonNull(zone, "zone");
        Require.nonNull(riskFreeRatePerYear, "riskFreeRatePerYear");
        Require.nonNull(generatedAt, "generatedAt");
        Require.nonNull(startingCapital, "startingCapital");
        Require.nonNull(endingEquity, "endingEquity");
        Require.nonNull(netProfit, "netProfit");
        Require.nonNull(grossProfit, "grossProfit");
        Require.nonNull(grossLoss, "grossLoss");
        equityCurve = List.copyOf(Require.nonNull(equityCurve, "equityCurve"));
        dailyEquity = List.copyOf(Require.nonNull(dailyEquity, "dailyEquity"));
    }

    /** True when {@link #equityCurve()} holds fewer points than the full curve. */
    public boolean equityCurveDownsampled() {
        return equityCurve.size() < equityCurvePoints;
    }

    /** The figures on one line, without the curve and the daily series (their sizes only). */
    @Override
    public String toString() {
        return "PerformanceReport[account=" + accountId + (conditionId == null ? "" : " condition=" + conditionId)
                + " window=[" + from + ", " + to + ") zone=" + zone + " P=" + periodsPerYear
                + " rf=" + riskFreeRatePerYear.toPlainString()
                + " closed=" + closed + " wins=" + wins + " losses=" + losses + " breakevens=" + breakevens
                + " winRate=" + plain(winRate) + " netProfit=" + netProfit + " grossProfit=" + grossProfit
                + " grossLoss=" + grossLoss + " profitFactor=" + plain(profitFactor) + " averageWin=" + averageWin
                + " averageLoss=" + averageLoss + " largestWin=" + largestWin + " largestLoss=" + largestLoss
                + " averagePnlPerTrade=" + averagePnlPerTrade + " expectancy=" + expectancy
                + " startingCapital=" + startingCapital + " endingEquity=" + endingEquity
                + " maxDrawdown=" + maxDrawdown + " maxDrawdownFraction=" + plain(maxDrawdownFraction)
                + " sharpe=" + plain(sharpe) + " sortino=" + plain(sortino) + " cagr=" + plain(cagr) + " days=" + days
                + " calmar=" + plain(calmar) + " curvePoints=" + equityCurve.size() + "/" + equityCurvePoints
                + " dailyEquity=" + dailyEquity.size() + " generatedAt=" + generatedAt + "]";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }
}
