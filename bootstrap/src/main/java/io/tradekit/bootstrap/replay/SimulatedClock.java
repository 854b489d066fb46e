package io.tradekit.bootstrap.replay;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The clock of a backtest: it shows whatever instant the replay last set, and only moves forward, so
 * the use cases see the time at which the bot would have seen each print.
 */
public final class SimulatedClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    public SimulatedClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    public SimulatedClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Moves the clock to {@code instant}; a replay never goes back in time. */
    public void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (instant.isBefore(now)) {
            throw new IllegalStateException("the simulated clock cannot go back from " + now + " to " + instant);
        }
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone; it shares this clock's time, which keeps moving. */
    @Override
    public Clock withZone(ZoneId otherZone) {
        if (otherZone.equals(zone)) {
            return this;
        }
        SimulatedClock owner = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return otherZone;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return owner.withZone(z);
            }

            @Override
            public Instant instant() {
                return owner.instant();
            }
        };
    }

    @Override
    public String toString() {
        return "SimulatedClock[" + now + ", " + zone + "]";
    }
}
