package io.tradekit.application.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SimulatedClockTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void showsTheInstantItWasSetTo() {
        SimulatedClock clock = new SimulatedClock(T0);
        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);

        clock.set(T0.plusSeconds(90));

        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(90));
        assertThat(clock.millis()).isEqualTo(T0.plusSeconds(90).toEpochMilli());
    }

    @Test
    void staysPutWhenSetToTheSameInstant() {
        SimulatedClock clock = new SimulatedClock(T0);
        clock.set(T0);
        assertThat(clock.instant()).isEqualTo(T0);
    }

    @Test
    void neverGoesBack() {
        SimulatedClock clock = new SimulatedClock(T0);

        assertThatThrownBy(() -> clock.set(T0.minusNanos(1000)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot go back");
        assertThat(clock.instant()).isEqualTo(T0);
    }

    @Test
    void aViewInAnotherZoneFollowsTheSameTime() {
        SimulatedClock clock = new SimulatedClock(T0);
        Clock newYork = clock.withZone(ZoneId.of("America/New_York"));

        clock.set(T0.plusSeconds(3600));

        assertThat(newYork.instant()).isEqualTo(T0.plusSeconds(3600));
        assertThat(newYork.getZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
        assertThat(newYork.withZone(ZoneOffset.UTC).instant()).isEqualTo(T0.plusSeconds(3600));
    }
}
