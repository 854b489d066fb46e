package io.tradekit.bootstrap.report;

import io.tradekit.application.analytics.DailyEquity;
import io.tradekit.application.analytics.Drawdown;
import io.tradekit.application.analytics.EquityPoint;
import io.tradekit.application.analytics.PerformanceReport;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Hand-made reports for the writer tests. */
final class Reports {
    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant END = Instant.parse("2026-03-04T00:00:00Z");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private Reports() {
    }

    static ReplayReport.Run run(String tape) {
        return new ReplayReport.Run(tape, "res.csv", "memory", "replay", new BigDecimal("0.95"), new BigDecimal("10"),
                BigDecimal.ZERO, 300, UTC, 365, START, END);
    }

    /** Two closes: +0.50 then -9.50, so equity 1000 -> 1000.50 -> 991.00. */
    static ReplayReport twoCloses() {
        ReplayReport.Counts counts = new ReplayReport.Counts(120, 120, 3, 4, 1, 3, 2, 1, 0, BigDecimal.ZERO,
                BigDecimal.ZERO);
        Instant firstClose = Instant.parse("2026-03-01T12:00:00Z");
        Instant secondClose = Instant.parse("2026-03-02T12:00:00Z");
        Drawdown fall = new Drawdown(firstClose, Money.of("1000.5"), secondClose, Money.of("991"));
        PerformanceReport performance = new PerformanceReport(AccountId.of("replay"), null, START, END, UTC, 365,
                BigDecimal.ZERO, END, Money.of("1000"), Money.of("991.00000000"),
                2, 1, 1, 0, new BigDecimal("0.5"),
                Money.of("-9.00000000"), Money.of("0.50000000"), Money.of("9.50000000"),
                new BigDecimal("0.05263157894736842"),
                Money.of("0.5"), Money.of("9.5"), Money.of("0.5"), Money.of("9.5"),
                Money.of("-4.5"), Money.of("-4.5"),
                Money.of("9.50000000"), new BigDecimal("0.009495252373813093"), fall, fall,
                null, null, new BigDecimal("-0.6660"), 3, new BigDecimal("-70.14"),
                List.of(new EquityPoint(firstClose, Money.of("1000.5"), Money.of("1000.5")),
                        new EquityPoint(secondClose, Money.of("991"), Money.of("1000.5"))), 2,
                List.of(new DailyEquity(LocalDate.parse("2026-03-01"), Money.of("1000.5"), new BigDecimal("0.0005")),
                        new DailyEquity(LocalDate.parse("2026-03-02"), Money.of("991"),
                                new BigDecimal("-0.009495252373813093")),
                        new DailyEquity(LocalDate.parse("2026-03-03"), Money.of("991"), BigDecimal.ZERO)));
        return new ReplayReport(run("tape.csv"), counts, performance);
    }

    /** Nothing closed: every ratio absent. */
    static ReplayReport empty(String tape) {
        ReplayReport.Counts counts = new ReplayReport.Counts(5, 5, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO,
                BigDecimal.ZERO);
        PerformanceReport performance = new PerformanceReport(AccountId.of("replay"), null, START, END, UTC, 365,
                BigDecimal.ZERO, END, Money.of("1000"), Money.of("1000"),
                0, 0, 0, 0, null, Money.ZERO, Money.ZERO, Money.ZERO, null,
                null, null, null, null, null, null, null, null, null, null,
                null, null, BigDecimal.ZERO, 3, null, List.of(), 0, List.of());
        return new ReplayReport(run(tape), counts, performance);
    }
}
