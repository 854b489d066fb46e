package io.tradekit.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void truncatesToMicrosecondsTheFinestEveryStoreHolds() {
        // 12:00:00.123456789 -> .123456 (truncated, never rounded up into the next microsecond)
        Instant nanos = Instant.parse("2026-03-01T12:00:00.123456789Z");

        assertThat(Times.micros(nanos, "at")).isEqualTo(Instant.parse("2026-03-01T12:00:00.123456Z"));
        assertThat(Times.micros(Instant.parse("2026-03-01T12:00:00.123456Z"), "at"))
                .isEqualTo(Instant.parse("2026-03-01T12:00:00.123456Z"));
        // before the epoch truncation still goes toward the earlier microsecond boundary of the same second
        assertThat(Times.micros(Instant.parse("1969-12-31T23:59:59.000000999Z"), "at"))
                .isEqualTo(Instant.parse("1969-12-31T23:59:59Z"));
    }

    @Test
    void rejectsNullNamingTheField() {
        assertThatThrownBy(() -> Times.micros(null, "executedAt"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("executedAt: must not be null");
    }

    @Test
    void keepsTheEndsOfTheRangeExactly() {
        assertThat(Times.micros(Instant.parse("0001-01-01T00:00:00Z"), "at")).isEqualTo(Times.EARLIEST);
        assertThat(Times.micros(Instant.parse("9999-12-31T23:59:59.999999Z"), "at")).isEqualTo(Times.LATEST);
        // nanoseconds past the last microsecond truncate into the range
        assertThat(Times.micros(Instant.parse("9999-12-31T23:59:59.999999999Z"), "at")).isEqualTo(Times.LATEST);
    }

    @Test
    void refusesATimeOutsideFourDigitYearsNamingTheField() {
        for (String far : List.of("0000-12-31T23:59:59.999999Z", "0000-02-29T12:00:00Z", "-5000-01-01T00:00:00Z",
                "+10000-01-01T00:00:00Z", "+294276-12-31T23:59:59.999999Z")) {
            assertThatThrownBy(() -> Times.micros(Instant.parse(far), "openedAt"))
                    .as(far)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("openedAt: outside the kit's time range");
        }
        assertThatThrownBy(() -> Times.micros(Instant.MIN, "timestamp")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Times.micros(Instant.MAX, "timestamp")).isInstanceOf(InvalidValueException.class);
    }

    /** Issue 9 case 5: a window that includes the last microsecond ends one microsecond after it. */
    @Test
    void aWindowMayEndJustAfterTheLastMicrosecondAndNoLater() {
        assertThat(Times.END).isEqualTo(Instant.parse("+10000-01-01T00:00:00Z"));
        assertThat(Times.windowEnd(Times.END, "to")).isEqualTo(Times.END);
        assertThat(Times.windowEnd(Times.LATEST, "to")).isEqualTo(Times.LATEST);
        assertThatThrownBy(() -> Times.windowEnd(Times.END.plusNanos(1_000), "to"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("to: outside");
        assertThatThrownBy(() -> Times.micros(Times.END, "at")).isInstanceOf(InvalidValueException.class);
    }
}
