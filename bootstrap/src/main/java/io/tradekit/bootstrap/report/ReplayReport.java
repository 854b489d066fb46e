package io.tradekit.bootstrap.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything a replay reports: what it was run on, what the tape did (counts), and the performance
 * of the positions it took. Figures BRIEF section 5 calls absent are null. Writers (text, JSON, HTML)
 * format this model and compute nothing of their own beyond the drawdown series for the chart.
 */
public record ReplayReport(Run run, Counts counts, Performance performance, List<EquityPoint> equityCurve,
        List<DailyEquity> dailyEquity) {

    public ReplayReport {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(performance, "performance");
        equityCurve = List.copyOf(equityCurve);
        dailyEquity = List.copyOf(dailyEquity);
    }

    /**
     * What was replayed, where, and with which strategy settings. {@code strategy} is null for the reference
     * strategy (described by {@code threshold} and {@code stake}), else the custom strategy's class name.
     */
    public record Run(String tape, String resolutions, String store, String account, BigDecimal threshold,
            BigDecimal stake, BigDecimal feeBps, long maxAgeSeconds, ZoneId zone, int periodsPerYear,
            Instant windowStart, Instant windowEnd, String strategy) {

        /** A run of the reference strategy. */
        public Run(String tape, String resolutions, String store, String account, BigDecimal threshold,
                BigDecimal stake, BigDecimal feeBps, long maxAgeSeconds, ZoneId zone, int periodsPerYear,
                Instant windowStart, Instant windowEnd) {
            this(tape, resolutions, store, account, threshold, stake, feeBps, maxAgeSeconds, zone, periodsPerYear,
                    windowStart, windowEnd, null);
        }

        /** The same run over the window [start, end) the replay ended up covering. */
        public Run withWindow(Instant start, Instant end) {
            return new Run(tape, resolutions, store, account, threshold, stake, feeBps, maxAgeSeconds, zone,
                    periodsPerYear, start, end, strategy);
        }

        /** The same run with a custom strategy. */
        public Run withStrategy(String name) {
            return new Run(tape, resolutions, store, account, threshold, stake, feeBps, maxAgeSeconds, zone,
                    periodsPerYear, windowStart, windowEnd, name);
        }
    }

    /**
     * What happened on the tape. {@code prints} counts rows of the tape; {@code printsNew} those the store
     * did not hold yet (0 on a re-run); a print is skipped as late, after its market's resolution, or
     * stale, in that order of precedence.
     */
    public record Counts(long prints, long printsNew, long lateSkipped, long staleSkipped, long resolvedSkipped,
            long triggers, long entries, long rejectedByRisk, long open, BigDecimal openCostBasis,
            BigDecimal unrealizedPnl) {
    }

    /**
     * The performance figures of closed (and settled) positions, as the analytics use case computes them.
     * Ratios are fractions: a win rate of 0.6 is 60 %, a max drawdown fraction of 0.25 is 25 %, likewise
     * CAGR. (The JSON writer turns the max drawdown into a percent for its {@code max_drawdown_pct} key.)
     */
    public record Performance(long closed, long wins, long losses, long breakevens, BigDecimal winRate,
            BigDecimal netProfit, BigDecimal grossProfit, BigDecimal grossLoss, BigDecimal profitFactor,
            BigDecimal averageWin, BigDecimal averageLoss, BigDecimal largestWin, BigDecimal largestLoss,
            BigDecimal averagePnl, BigDecimal expectancy, BigDecimal maxDrawdown, BigDecimal maxDrawdownFraction,
            Instant drawdownPeakAt, Instant drawdownTroughAt, BigDecimal sharpe, BigDecimal sortino,
            BigDecimal cagr, BigDecimal calmar, BigDecimal startingCapital, BigDecimal endingEquity) {
    }

    /** Equity (starting capital plus cumulative net realized P&amp;L) right after a close. */
    public record EquityPoint(Instant at, BigDecimal equity) {
    }

    /** Equity at the end of a calendar day in the report's zone. */
    public record DailyEquity(LocalDate day, BigDecimal equity) {
    }
}
