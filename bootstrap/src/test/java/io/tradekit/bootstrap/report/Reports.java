package io.tradekit.bootstrap.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Hand-made reports for the writer tests. */
final class Reports {
    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant END = Instant.parse("2026-03-04T00:00:00Z");

    private Reports() {
    }

    static ReplayReport.Run run(String tape) {
        return new ReplayReport.Run(tape, "res.csv", "memory", "replay", new BigDecimal("0.95"), new BigDecimal("10"),
                BigDecimal.ZERO, 300, ZoneId.of("UTC"), 365, START, END);
    }

    /** Two closes: +0.50 then -9.50, so equity 1000 -> 1000.50 -> 991.00. */
    static ReplayReport twoCloses() {
        ReplayReport.Counts counts = new ReplayReport.Counts(120, 120, 3, 4, 1, 3, 2, 1, 0, BigDecimal.ZERO,
                BigDecimal.ZERO);
        ReplayReport.Performance performance = new ReplayReport.Performance(2, 1, 1, 0, new BigDecimal("0.5"),
                new BigDecimal("-9.00000000"), new BigDecimal("0.50000000"), new BigDecimal("9.50000000"),
                new BigDecimal("0.05263157894736842"), new BigDecimal("0.5"), new BigDecimal("9.5"),
                new BigDecimal("0.5"), new BigDecimal("9.5"), new BigDecimal("-4.5"), new BigDecimal("-4.5"),
                new BigDecimal("9.50000000"), new BigDecimal("0.009495252373813093"),
                Instant.parse("2026-03-01T12:00:00Z"), Instant.parse("2026-03-02T12:00:00Z"), null, null,
                new BigDecimal("-0.6660"), new BigDecimal("-70.14"), new BigDecimal("1000"), new BigDecimal("991.00000000"));
        return new ReplayReport(run("tape.csv"), counts, performance,
                List.of(new ReplayReport.EquityPoint(Instant.parse("2026-03-01T12:00:00Z"), new BigDecimal("1000.5")),
                        new ReplayReport.EquityPoint(Instant.parse("2026-03-02T12:00:00Z"), new BigDecimal("991"))),
                List.of(new ReplayReport.DailyEquity(LocalDate.parse("2026-03-01"), new BigDecimal("1000.5")),
                        new ReplayReport.DailyEquity(LocalDate.parse("2026-03-02"), new BigDecimal("991")),
                        new ReplayReport.DailyEquity(LocalDate.parse("2026-03-03"), new BigDecimal("991"))));
    }

    /** Nothing closed: every ratio absent. */
    static ReplayReport empty(String tape) {
        ReplayReport.Counts counts = new ReplayReport.Counts(5, 5, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO,
                BigDecimal.ZERO);
        ReplayReport.Performance performance = new ReplayReport.Performance(0, 0, 0, 0, null, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, null, null, null, null, null, null, null, null,
                null, null, BigDecimal.ZERO, null, new BigDecimal("1000"), new BigDecimal("1000"));
        return new ReplayReport(run(tape), counts, performance, List.of(), List.of());
    }
}
