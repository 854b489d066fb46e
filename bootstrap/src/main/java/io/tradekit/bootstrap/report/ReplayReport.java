package io.tradekit.bootstrap.report;

import io.tradekit.application.analytics.PerformanceReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Everything a replay reports: what it was run on, what the tape did (counts), and the performance of the
 * positions it took, as the analytics use case made it ({@link PerformanceReport}, with its equity curve and
 * daily equity; docs/analytics.md). Figures BRIEF section 5 calls absent are null. {@link ReportFigures} declares
 * which figures the writers (text, JSON, HTML) show, with their keys, labels and formats; the writers format them
 * and compute nothing of their own beyond the drawdown series for the chart.
 */
public record ReplayReport(Run run, Counts counts, PerformanceReport performance) {

    public ReplayReport {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(performance, "performance");
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

        /** The same run under another account. */
        public Run withAccount(String otherAccount) {
            return new Run(tape, resolutions, store, otherAccount, threshold, stake, feeBps, maxAgeSeconds, zone,
                    periodsPerYear, windowStart, windowEnd, strategy);
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
}
