package io.tradekit.application.risk;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * What "today" means for daily limits: trading day D starts at the FIRST instant at which the wall clock of
 * {@code zone} reads D {@code sessionStart} or later, and lasts until the next day starts.
 *
 * <p>That one rule settles daylight-saving changes: a session start that falls in a spring-forward gap (02:30 in
 * New York on the day clocks jump from 02:00 to 03:00) starts the day at the jump itself (03:00 local); a session
 * start that occurs twice in a fall-back overlap (01:30 in New York) starts the day at its first occurrence (the
 * daylight-time one). Days are therefore contiguous and never overlap; around a change they last 23 or 25 hours
 * (or 23h30 and so on when the start sits in the gap).
 */
public record TradingDay(ZoneId zone, LocalTime sessionStart) {

    public TradingDay {
        Require.nonNull(zone, "zone");
        Require.nonNull(sessionStart, "sessionStart");
        // the kit keeps instants at microseconds; a finer start could never be stored
        sessionStart = sessionStart.truncatedTo(ChronoUnit.MICROS);
    }

    /** Days from 00:00 UTC to 00:00 UTC: the default for markets that never close. */
    public static TradingDay utcMidnight() {
        return new TradingDay(ZoneOffset.UTC, LocalTime.MIDNIGHT);
    }

    /** Parses a zone id ("America/New_York", "UTC") and an ISO local time ("09:30"). */
    public static TradingDay of(String zone, String sessionStart) {
        Require.nonNull(zone, "zone");
        Require.nonNull(sessionStart, "sessionStart");
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw new InvalidValueException("zone", "unknown time zone '" + zone + "'");
        }
        try {
            return new TradingDay(zoneId, LocalTime.parse(sessionStart.trim()));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("sessionStart", "not a time of day (HH:mm[:ss]): '" + sessionStart + "'");
        }
    }

    /** The trading day an instant belongs to, with its bounds. */
    public Window windowOf(Instant instant) {
        LocalDate date = dateOf(instant);
        return new Window(date, startOfDate(date), startOfDate(date.plusDays(1)));
    }

    /** The date that names the trading day containing {@code instant}. */
    public LocalDate dateOf(Instant instant) {
        Require.nonNull(instant, "instant");
        LocalDate local = LocalDate.ofInstant(instant, zone);
        // a fall-back across midnight can put an instant of day D+1 at a local date of D, hence three candidates
        if (!instant.isBefore(startOfDate(local.plusDays(1)))) {
            return local.plusDays(1);
        }
        if (!instant.isBefore(startOfDate(local))) {
            return local;
        }
        return local.minusDays(1);
    }

    /** The start instant of the trading day containing {@code instant}. */
    public Instant startOf(Instant instant) {
        return startOfDate(dateOf(instant));
    }

    /** The first instant at which the zone's wall clock reads {@code date} {@code sessionStart} or later. */
    public Instant startOfDate(LocalDate date) {
        Require.nonNull(date, "date");
        LocalDateTime wall = date.atTime(sessionStart);
        ZoneRules rules = zone.getRules();
        if (rules.getValidOffsets(wall).isEmpty()) {
            // in a gap: the clock jumps over the session start, so the day starts at the jump
            ZoneOffsetTransition gap = rules.getTransition(wall);
            return gap.getInstant();
        }
        // in an overlap this is the earlier offset, i.e. the first occurrence
        return wall.atZone(zone).toInstant();
    }

    /** One trading day: [start, end). */
    public record Window(LocalDate date, Instant start, Instant end) {
        public Window {
            Require.nonNull(date, "date");
            Require.nonNull(start, "start");
            Require.nonNull(end, "end");
            if (!end.isAfter(start)) {
                throw new InvalidValueException("end", "a trading day ends after it starts");
            }
        }

        public boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }

        /** 24 hours, or 23 or 25 (or another length) across a daylight-saving change. */
        public Duration length() {
            return Duration.between(start, end);
        }
    }
}
