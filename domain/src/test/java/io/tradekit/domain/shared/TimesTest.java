package io.tradekit.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
}
