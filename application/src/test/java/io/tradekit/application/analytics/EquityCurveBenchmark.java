package io.tradekit.application.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.domain.shared.Money;
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
}
