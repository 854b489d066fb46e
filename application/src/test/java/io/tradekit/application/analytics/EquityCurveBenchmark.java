package io.tradekit.application.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.inmemory.InMemoryStore;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.TokenId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how fast one pass folds a million closes, and shows what stays in memory: the bounded curve and
 * one entry per day. Run with {@code -Dgroups=benchmark -Dsurefire.excludedGroups=}.
 */
@Tag("benchmark")
class EquityCurveBenchmark {

    @Test
    void aMillionClosesInOnePass() {
        int closes = 1_000_000;
        Instant from = Instant.parse("2024-01-01T00:00:00Z");
        Instant to = Instant.parse("2026-01-01T00:00:00Z");
        Money[] pnls = {Money.of("1.25"), Money.of("-0.75"), Money.of("0"), Money.of("-1.1"), Money.of("2.05")};
        long spacingMicros = (to.toEpochMilli() - from.toEpochMilli()) * 1000 / closes;
        long started = System.nanoTime();

        EquityCurveAccumulator accumulator = new EquityCurveAccumulator(Money.of("100000"), from, to, ZoneOffset.UTC,
                closes, PerformanceReportCommand.DEFAULT_MAX_CURVE_POINTS, null);
        for (int i = 0; i < closes; i++) {
            accumulator.add(from.plusNanos(i * spacingMicros * 1000), pnls[i % pnls.length]);
        }
        EquityCurve curve = accumulator.finish();

        long elapsedNanos = System.nanoTime() - started;
        System.out.printf("equity curve: %,d closes in %,d ms (%,.0f closes/s); kept %,d of %,d points, %,d days%n",
                closes, elapsedNanos / 1_000_000, closes / (elapsedNanos / 1e9),
                curve.points().size(), curve.totalPoints(), curve.dailyEquity().size());
        assertThat(curve.closes()).isEqualTo(closes);
        assertThat(curve.points()).hasSizeLessThanOrEqualTo(PerformanceReportCommand.DEFAULT_MAX_CURVE_POINTS);
        assertThat(curve.dailyEquity()).hasSize(731);
    }

    @Test
    void aReportOverTwoHundredThousandStoredCloses() {
        int closes = 200_000;
        InMemoryStore store = new InMemoryStore();
        AccountId account = AccountId.of("bench");
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        Instant to = Instant.parse("2026-01-01T00:00:00Z");
        String[] exits = {"0.61", "0.58", "0.60", "0.55", "0.70"};
        for (int i = 0; i < closes; i++) {
            Instant at = from.plusSeconds(i * 150L);
            store.positions().insert(Position.open(PositionId.of("p" + i), account, ConditionId.of("c" + (i % 500)),
                    TokenId.of("t" + i), null, PositionSide.LONG, Quantity.of("10"), Price.binary("0.60"),
                    Money.of("0.01"), at).close(Price.binary(exits[i % exits.length]), Money.of("0.01"), at.plusSeconds(60)));
        }
        GeneratePerformanceReport reports = new GeneratePerformanceReport(store.positions(), Clock.fixed(to, ZoneOffset.UTC));

        long started = System.nanoTime();
        PerformanceReport report = reports.generate(PerformanceReportCommand.of(account, from, to, Money.of("10000")));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("report (in-memory store): %,d closes in %,d ms; curve %,d of %,d points; %s%n", closes,
                elapsedMillis, report.equityCurve().size(), report.equityCurvePoints(), report);
        assertThat(report.closed()).isEqualTo(closes);
    }
}
