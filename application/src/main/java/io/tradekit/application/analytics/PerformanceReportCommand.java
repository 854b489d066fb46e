package io.tradekit.application.analytics;

import io.tradekit.domain.position.CloseQuery;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Which closes to report on and how to measure them.
 *
 * @param accountId whose closes
 * @param from window start, inclusive (truncated to microseconds like every stored time)
 * @param to window end, exclusive; must be after {@code from}
 * @param conditionId only this market's closes, or every market
 * @param startingCapital the equity before the window's first close; positive
 * @param zone calendar days for the daily equity (default UTC)
 * @param periodsPerYear P in Sharpe and Sortino (default 365; 252 for equities)
 * @param riskFreeRatePerYear annual risk-free rate as a fraction (default 0); rf_daily = this / P; above -1
 * @param maxCurvePoints at most this many equity-curve points are kept in the report (default 10 000, at
 *        least 16); a longer curve is downsampled keeping every extreme
 */
public record PerformanceReportCommand(AccountId accountId, Instant from, Instant to, Optional<ConditionId> conditionId,
        Money startingCapital, ZoneId zone, int periodsPerYear, BigDecimal riskFreeRatePerYear, int maxCurvePoints) {

    public static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;
    public static final int DEFAULT_PERIODS_PER_YEAR = 365;
    public static final int DEFAULT_MAX_CURVE_POINTS = 10_000;

    public PerformanceReportCommand {
        Require.nonNull(accountId, "accountId");
        from = Times.micros(from, "from");
        to = Times.windowEnd(to, "to");
        if (!to.isAfter(from)) {
            throw new InvalidValueException("to", "the window must end (" + to + ") after it starts (" + from + ")");
        }
        Require.nonNull(conditionId, "conditionId");
        Require.positive(Require.nonNull(startingCapital, "startingCapital").amount(), "startingCapital");
        Require.nonNull(zone, "zone");
        if (periodsPerYear < 1) {
            throw new InvalidValueException("periodsPerYear", "must be at least 1, got " + periodsPerYear);
        }
        Require.nonNull(riskFreeRatePerYear, "riskFreeRatePerYear");
        if (riskFreeRatePerYear.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new InvalidValueException("riskFreeRatePerYear",
                    "a fraction per year above -1 (0.05 = 5 %), got " + riskFreeRatePerYear.toPlainString());
        }
        if (maxCurvePoints < CurveSampler.MIN_POINTS) {
            throw new InvalidValueException("maxCurvePoints",
                    "must be at least " + CurveSampler.MIN_POINTS + ", got " + maxCurvePoints);
        }
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(from, zone),
                EquityCurveAccumulator.lastDayOf(from, to, zone)) + 1;
        if (days > EquityCurveAccumulator.MAX_DAYS) {
            throw new InvalidValueException("to", "the window spans " + days + " days in " + zone + "; at most "
                    + EquityCurveAccumulator.MAX_DAYS + " are reported");
        }
    }

    /** Every market, UTC days, P = 365, no risk-free rate, up to 10 000 curve points. */
    public static PerformanceReportCommand of(AccountId accountId, Instant from, Instant to, Money startingCapital) {
        return new PerformanceReportCommand(accountId, from, to, Optional.empty(), startingCapital, DEFAULT_ZONE,
                DEFAULT_PERIODS_PER_YEAR, BigDecimal.ZERO, DEFAULT_MAX_CURVE_POINTS);
    }

    public PerformanceReportCommand forCondition(ConditionId condition) {
        return new PerformanceReportCommand(accountId, from, to, Optional.of(Require.nonNull(condition, "conditionId")),
                startingCapital, zone, periodsPerYear, riskFreeRatePerYear, maxCurvePoints);
    }

    public PerformanceReportCommand inZone(ZoneId dayZone) {
        return new PerformanceReportCommand(accountId, from, to, conditionId, startingCapital, dayZone, periodsPerYear,
                riskFreeRatePerYear, maxCurvePoints);
    }

    public PerformanceReportCommand withPeriodsPerYear(int periods) {
        return new PerformanceReportCommand(accountId, from, to, conditionId, startingCapital, zone, periods,
                riskFreeRatePerYear, maxCurvePoints);
    }

    public PerformanceReportCommand withRiskFreeRatePerYear(BigDecimal rate) {
        return new PerformanceReportCommand(accountId, from, to, conditionId, startingCapital, zone, periodsPerYear,
                rate, maxCurvePoints);
    }

    public PerformanceReportCommand withMaxCurvePoints(int points) {
        return new PerformanceReportCommand(accountId, from, to, conditionId, startingCapital, zone, periodsPerYear,
                riskFreeRatePerYear, points);
    }

    CloseQuery closeQuery() {
        return new CloseQuery(accountId, from, to, conditionId);
    }
}
