package io.tradekit.application.backtest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The clock of a backtest: it shows whatever instant the replay last set, and only moves forward, so
 * the use cases see the time at which the bot would have seen each print. The backtest engine owns one.
 */
public final class SimulatedClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;
    private volatile boolean started;

    public SimulatedClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    public SimulatedClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.started = true;
    }

    /**
     * A clock that starts wherever it is first set (the first event of a streamed tape, unknown in advance); it
     * shows the epoch until then.
     */
    public static SimulatedClock startingAtFirstSet(ZoneId zone) {
        SimulatedClock clock = new SimulatedClock(Instant.EPOCH, zone);
        clock.started = false;
        return clock;
    }

    /** Moves the clock to {@code instant}; a replay never goes back in time. */
    public void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (!started) {
            started = true;
        } else if (instant.isBefore(now)) {
            throw new IllegalStateException("the simulated clock cannot go back from " + now + " to " + instant);
        }
        now = instant;
    }

    /** Where the clock is now (and whether it has started), for {@link #reset}. */
    Mark mark() {
        return new Mark(now, started);
    }

    /**
     * Back to a mark: the one way the clock goes back. Only the engine uses it, to run a batch of prints again from
     * its start after a transient store failure rolled the batch's unit of work back.
     */
    void reset(Mark mark) {
        now = mark.now();
        started = mark.started();
    }

    record Mark(Instant now, boolean started) {
    }

    /** False only for a clock made by {@link #startingAtFirstSet} that has not been set yet. */
    public boolean isStarted() {
        return started;
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
