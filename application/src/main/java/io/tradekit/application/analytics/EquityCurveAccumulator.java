package io.tradekit.application.analytics;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds the equity curve, its drawdowns and the daily equity in ONE pass over closes fed in
 * (close time, id) order, holding only O(days + maxPoints) objects however many closes go through.
 *
 * <ul>
 *   <li>The curve starts with a point (window start, starting capital); then every distinct close time adds
 *       one point: the equity after all closes at that instant. Every point goes to the listener; the
 *       curve kept in memory is downsampled to at most {@code maxPoints} (see {@link EquityCurve}).</li>
 *   <li>Drawdown is measured at each point against the running peak (the starting capital included).</li>
 *   <li>Daily equity: for every calendar day in the zone from the day of {@code from} to the day of the
 *       window's last instant ({@code to} - 1 microsecond), the equity after all closes before the next
 *       day's start; a day without closes repeats the previous equity.</li>
 * </ul>
 * Not thread-safe: one accumulator per report.
 */
public final class EquityCurveAccumulator {
    /** The daily series is kept in memory, so a window may span at most this many days (over 100 years). */
    public static final int MAX_DAYS = 40_000;

    private final Money startingCapital;
    private final Instant from;
    private final Instant to;
    private final ZoneId zone;
    private final LocalDate lastDay;
    private final Consumer<EquityPoint> listener;
    private final CurveSampler sampler;

    private BigDecimal equity;
    private long closes;
    private Instant lastCloseAt;
    private boolean pending;

    private Money peak;
    private Instant peakAt;
    private Drawdown maxDrawdown;
    private Drawdown maxDrawdownFraction;

    private LocalDate day;
    private Instant dayEnd;
    private BigDecimal previousDayEquity;
    private final List<DailyEquity> daily = new ArrayList<>();
    private boolean finished;

    /**
     * @param expectedCloses how many closes will come (the store's count); sizes the downsampling buckets.
     *        More closes than expected still work, the kept curve may then exceed {@code maxPoints}
     * @param maxPoints at most this many curve points are kept in memory (at least 16)
     * @param listener receives every curve point in order, never downsampled; may be null
     */
    public EquityCurveAccumulator(Money startingCapital, Instant from, Instant to, ZoneId zone, long expectedCloses,
            int maxPoints, Consumer<EquityPoint> listener) {
        this.startingCapital = Require.nonNull(startingCapital, "startingCapital");
        if (!startingCapital.isPositive()) {
            throw new InvalidValueException("startingCapital", "must be positive, got " + startingCapital);
        }
        this.from = Times.micros(from, "from");
        this.to = Times.windowEnd(to, "to");
        if (!this.to.isAfter(this.from)) {
            throw new InvalidValueException("to", "window must end (" + to + ") after it starts (" + from + ")");
        }
        this.zone = Require.nonNull(zone, "zone");
        if (expectedCloses < 0) {
            throw new InvalidValueException("expectedCloses", "must not be negative, got " + expectedCloses);
        }
        this.sampler = new CurveSampler(expectedCloses + 1, maxPoints);
        this.listener = listener == null ? point -> { } : listener;
        this.lastDay = lastDayOf(this.from, this.to, zone);
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(this.from, zone), lastDay) + 1;
        if (days > MAX_DAYS) {
            throw new InvalidValueException("to", "the window spans " + days + " days in " + zone + "; at most "
                    + MAX_DAYS + " are reported");
        }
        this.equity = startingCapital.amount();
        this.previousDayEquity = startingCapital.amount();
        this.day = LocalDate.ofInstant(this.from, zone);
        this.dayEnd = startOf(day.plusDays(1));
        this.peak = startingCapital;
        this.peakAt = this.from;
        emitPoint(new EquityPoint(this.from, startingCapital, startingCapital));
    }

    /** The zone's calendar day holding the window's last instant, {@code to} - 1 microsecond. */
    static LocalDate lastDayOf(Instant from, Instant to, ZoneId zone) {
        return LocalDate.ofInstant(to.minus(1, ChronoUnit.MICROS), zone);
    }

    /** Feeds one close. Closes must come in time order and lie in the window [from, to). */
    public void add(Instant closedAt, Money netPnl) {
        Require.nonNull(closedAt, "closedAt");
        Require.nonNull(netPnl, "netPnl");
        if (finished) {
            throw new IllegalStateException("the curve is already finished");
        }
        if (closedAt.isBefore(from) || !closedAt.isBefore(to)) {
            throw new IllegalArgumentException("close at " + closedAt + " lies outside the window [" + from + ", " + to + ")");
        }
        if (lastCloseAt != null && closedAt.isBefore(lastCloseAt)) {
            throw new IllegalArgumentException("closes must come in time order: " + closedAt + " after " + lastCloseAt);
        }
        if (pending && !closedAt.equals(lastCloseAt)) {
            commitPoint();
        }
        closeDaysBefore(closedAt);
        equity = equity.add(netPnl.amount());
        lastCloseAt = closedAt;
        pending = true;
        closes++;
    }

    /** Ends the pass: the last step, the remaining days up to the window's last day, the result. */
    public EquityCurve finish() {
        if (finished) {
            throw new IllegalStateException("the curve is already finished");
        }
        finished = true;
        if (pending) {
            commitPoint();
        }
        while (!day.isAfter(lastDay)) {
            closeDay();
        }
        return new EquityCurve(startingCapital, Money.of(equity), closes, Money.of(equity).minus(startingCapital),
                sampler.points(), sampler.seen(), maxDrawdown, maxDrawdownFraction, daily);
    }

    private void commitPoint() {
        Money now = Money.of(equity);
        if (now.compareTo(peak) >= 0) {
            // a new (or repeated) high: a later fall is measured from here
            peak = now;
            peakAt = lastCloseAt;
        } else {
            BigDecimal fall = peak.amount().subtract(equity);
            if (maxDrawdown == null || fall.compareTo(maxDrawdown.amount().amount()) > 0) {
                maxDrawdown = new Drawdown(peakAt, peak, lastCloseAt, now);
            }
            // fall / peak > best fall / best peak, cross-multiplied: exact, no rounding decides a tie
            if (maxDrawdownFraction == null || fall.multiply(maxDrawdownFraction.peakEquity().amount())
                    .compareTo(maxDrawdownFraction.amount().amount().multiply(peak.amount())) > 0) {
                maxDrawdownFraction = new Drawdown(peakAt, peak, lastCloseAt, now);
            }
        }
        pending = false;
        emitPoint(new EquityPoint(lastCloseAt, now, peak));
    }

    private void emitPoint(EquityPoint point) {
        sampler.add(point);
        listener.accept(point);
    }

    private void closeDaysBefore(Instant closedAt) {
        while (!closedAt.isBefore(dayEnd)) {
            closeDay();
        }
    }

    private void closeDay() {
        BigDecimal dailyReturn = previousDayEquity.signum() > 0
                ? RatioMath.ratio(equity.subtract(previousDayEquity), previousDayEquity)
                : null;
        daily.add(new DailyEquity(day, Money.of(equity), dailyReturn));
        previousDayEquity = equity;
        day = day.plusDays(1);
        dayEnd = startOf(day.plusDays(1));
    }

    private Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }
}
