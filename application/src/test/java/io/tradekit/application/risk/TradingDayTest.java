package io.tradekit.application.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TradingDayTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Nested
    class UtcMidnight {
        private final TradingDay day = TradingDay.utcMidnight();

        @Test
        void theLastMicrosecondBeforeMidnightBelongsToThePreviousDay() {
            Instant t = Instant.parse("2024-05-01T23:59:59.999999Z");

            assertThat(day.dateOf(t)).isEqualTo(LocalDate.of(2024, 5, 1));
            assertThat(day.startOf(t)).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        }

        @Test
        void midnightItselfStartsTheNewDay() {
            Instant t = Instant.parse("2024-05-02T00:00:00Z");

            assertThat(day.dateOf(t)).isEqualTo(LocalDate.of(2024, 5, 2));
            assertThat(day.startOf(t)).isEqualTo(t);
        }

        @Test
        void theWindowRunsFromStartToTheNextStart() {
            TradingDay.Window w = day.windowOf(Instant.parse("2024-05-02T13:14:15Z"));

            assertThat(w.date()).isEqualTo(LocalDate.of(2024, 5, 2));
            assertThat(w.start()).isEqualTo(Instant.parse("2024-05-02T00:00:00Z"));
            assertThat(w.end()).isEqualTo(Instant.parse("2024-05-03T00:00:00Z"));
            assertThat(w.contains(Instant.parse("2024-05-02T23:59:59.999999Z"))).isTrue();
            assertThat(w.contains(w.end())).isFalse();
        }
    }

    @Nested
    class NewYorkSessionAtNineThirty {
        private final TradingDay day = new TradingDay(NEW_YORK, LocalTime.of(9, 30));

        @Test
        void beforeTheSessionStartItIsStillYesterdaysTradingDay() {
            // 2024-05-02 09:29 EDT = 13:29Z
            Instant t = Instant.parse("2024-05-02T13:29:59Z");

            assertThat(day.dateOf(t)).isEqualTo(LocalDate.of(2024, 5, 1));
            assertThat(day.startOf(t)).isEqualTo(Instant.parse("2024-05-01T13:30:00Z"));
        }

        @Test
        void localMidnightDoesNotStartANewTradingDay() {
            // 2024-05-02 00:00 EDT = 04:00Z: same trading day as the evening before
            Instant before = Instant.parse("2024-05-02T03:59:59Z");
            Instant after = Instant.parse("2024-05-02T04:00:00Z");

            assertThat(day.dateOf(before)).isEqualTo(LocalDate.of(2024, 5, 1));
            assertThat(day.dateOf(after)).isEqualTo(LocalDate.of(2024, 5, 1));
        }

        @Test
        void springForwardShortensTheDayBeforeToTwentyThreeHours() {
            // DST starts 2024-03-10 02:00 EST -> 03:00 EDT.
            // day 03-09 starts 09:30 EST = 14:30Z; day 03-10 starts 09:30 EDT = 13:30Z
            TradingDay.Window saturday = day.windowOf(Instant.parse("2024-03-10T12:00:00Z"));

            assertThat(saturday.date()).isEqualTo(LocalDate.of(2024, 3, 9));
            assertThat(saturday.start()).isEqualTo(Instant.parse("2024-03-09T14:30:00Z"));
            assertThat(saturday.end()).isEqualTo(Instant.parse("2024-03-10T13:30:00Z"));
            assertThat(saturday.length()).isEqualTo(Duration.ofHours(23));
            assertThat(day.dateOf(Instant.parse("2024-03-10T13:29:59.999999Z"))).isEqualTo(LocalDate.of(2024, 3, 9));
            assertThat(day.dateOf(Instant.parse("2024-03-10T13:30:00Z"))).isEqualTo(LocalDate.of(2024, 3, 10));
        }

        @Test
        void fallBackLengthensTheDayBeforeToTwentyFiveHours() {
            // DST ends 2024-11-03 02:00 EDT -> 01:00 EST.
            // day 11-02 starts 09:30 EDT = 13:30Z; day 11-03 starts 09:30 EST = 14:30Z
            TradingDay.Window saturday = day.windowOf(Instant.parse("2024-11-03T14:00:00Z"));

            assertThat(saturday.date()).isEqualTo(LocalDate.of(2024, 11, 2));
            assertThat(saturday.start()).isEqualTo(Instant.parse("2024-11-02T13:30:00Z"));
            assertThat(saturday.end()).isEqualTo(Instant.parse("2024-11-03T14:30:00Z"));
            assertThat(saturday.length()).isEqualTo(Duration.ofHours(25));
            assertThat(day.dateOf(Instant.parse("2024-11-03T14:29:59Z"))).isEqualTo(LocalDate.of(2024, 11, 2));
            assertThat(day.dateOf(Instant.parse("2024-11-03T14:30:00Z"))).isEqualTo(LocalDate.of(2024, 11, 3));
        }
    }

    @Nested
    class NewYorkMidnight {
        private final TradingDay day = new TradingDay(NEW_YORK, LocalTime.MIDNIGHT);

        @Test
        void midnightIsFourOrFiveHoursAfterUtcMidnightDependingOnDst() {
            assertThat(day.startOfDate(LocalDate.of(2024, 1, 15))).isEqualTo(Instant.parse("2024-01-15T05:00:00Z"));
            assertThat(day.startOfDate(LocalDate.of(2024, 7, 15))).isEqualTo(Instant.parse("2024-07-15T04:00:00Z"));
        }

        @Test
        void anInstantJustBeforeLocalMidnightIsStillTheOldDayAlthoughUtcHasRolledOver() {
            Instant t = Instant.parse("2024-01-16T04:59:59Z"); // 23:59:59 EST on 01-15

            assertThat(day.dateOf(t)).isEqualTo(LocalDate.of(2024, 1, 15));
            assertThat(day.dateOf(t.plusSeconds(1))).isEqualTo(LocalDate.of(2024, 1, 16));
        }
    }

    @Nested
    class SessionStartInsideADstGapOrOverlap {
        @Test
        void aStartInTheSpringForwardGapBeginsAtTheTransitionInstant() {
            // 2024-03-10 02:30 does not exist in New York: clocks jump from 02:00 EST to 03:00 EDT.
            // The day starts at the first instant the wall clock reads 02:30 or later: 03:00 EDT = 07:00Z.
            TradingDay day = new TradingDay(NEW_YORK, LocalTime.of(2, 30));

            assertThat(day.startOfDate(LocalDate.of(2024, 3, 10))).isEqualTo(Instant.parse("2024-03-10T07:00:00Z"));
            assertThat(day.dateOf(Instant.parse("2024-03-10T06:59:59.999999Z"))).isEqualTo(LocalDate.of(2024, 3, 9));
            assertThat(day.dateOf(Instant.parse("2024-03-10T07:00:00Z"))).isEqualTo(LocalDate.of(2024, 3, 10));
            // 03-09 started at 02:30 EST = 07:30Z, so it lasted 23h30m; 03-10 runs to 02:30 EDT on 03-11 = 06:30Z
            assertThat(day.windowOf(Instant.parse("2024-03-10T00:00:00Z")).length())
                    .isEqualTo(Duration.ofHours(23).plusMinutes(30));
            assertThat(day.windowOf(Instant.parse("2024-03-10T07:00:00Z")).end())
                    .isEqualTo(Instant.parse("2024-03-11T06:30:00Z"));
        }

        @Test
        void aStartInTheFallBackOverlapBeginsAtItsFirstOccurrence() {
            // 2024-11-03 01:30 happens twice in New York: 01:30 EDT = 05:30Z, then 01:30 EST = 06:30Z.
            TradingDay day = new TradingDay(NEW_YORK, LocalTime.of(1, 30));

            assertThat(day.startOfDate(LocalDate.of(2024, 11, 3))).isEqualTo(Instant.parse("2024-11-03T05:30:00Z"));
            assertThat(day.dateOf(Instant.parse("2024-11-03T05:29:59Z"))).isEqualTo(LocalDate.of(2024, 11, 2));
            assertThat(day.dateOf(Instant.parse("2024-11-03T05:30:00Z"))).isEqualTo(LocalDate.of(2024, 11, 3));
            // the second 01:30 (EST) is inside the day, not the start of another one
            assertThat(day.dateOf(Instant.parse("2024-11-03T06:30:00Z"))).isEqualTo(LocalDate.of(2024, 11, 3));
            // 11-03 runs to 01:30 EST on 11-04 = 06:30Z: 25 hours
            assertThat(day.windowOf(Instant.parse("2024-11-03T06:30:00Z")).length()).isEqualTo(Duration.ofHours(25));
        }

        @Test
        void consecutiveDaysNeverOverlapOrLeaveAGapAcrossAWholeYear() {
            TradingDay day = new TradingDay(NEW_YORK, LocalTime.of(2, 30));
            LocalDate d = LocalDate.of(2024, 1, 1);
            while (d.getYear() == 2024) {
                Instant start = day.startOfDate(d);
                Instant next = day.startOfDate(d.plusDays(1));
                assertThat(next).isAfter(start);
                assertThat(day.dateOf(start)).isEqualTo(d);
                assertThat(day.dateOf(next.minusNanos(1000))).isEqualTo(d);
                d = d.plusDays(1);
            }
        }
    }

    @Test
    void zoneAndSessionStartAreRequired() {
        assertThatThrownBy(() -> new TradingDay(null, LocalTime.MIDNIGHT))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("zone");
        assertThatThrownBy(() -> new TradingDay(NEW_YORK, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("sessionStart");
    }

    @Test
    void parsesAZoneAndATime() {
        TradingDay day = TradingDay.of("America/New_York", "09:30");

        assertThat(day.zone()).isEqualTo(NEW_YORK);
        assertThat(day.sessionStart()).isEqualTo(LocalTime.of(9, 30));
        assertThatThrownBy(() -> TradingDay.of("Mars/Olympus", "09:30"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("zone");
        assertThatThrownBy(() -> TradingDay.of("UTC", "25:00"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("sessionStart");
    }
}
