package io.tradekit.adapters.postgres;

import io.tradekit.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Stored times are whole microseconds, but a query bound may carry nanoseconds; the driver would
 * round those. For a stored time t (whole microseconds), {@code t >= b} and {@code t < b} hold
 * exactly when they hold for the bound rounded UP to the microsecond, so bounds are sent that way.
 * A bound beyond the times the store holds (such as {@link Instant#MIN} or {@link Instant#MAX} for "ever")
 * goes to the server as -infinity or infinity (see {@link InstantTypeHandler}), which compares the same way.
 */
public final class Bounds {
    /** The earliest time the store holds: year 1 (pgjdbc misreads some BC dates, e.g. 29 February of 1 BC). */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest time the store holds: the last microsecond of PostgreSQL's timestamptz. */
    public static final Instant LATEST = Instant.parse("+294276-12-31T23:59:59.999999Z");

    private Bounds() {
    }

    /**
     * {@code time}, which is about to be written, if the store holds it exactly; else the domain's error naming
     * {@code field}. Defence in depth: the domain already refuses every time outside {@code Times.EARLIEST ..
     * Times.LATEST} (four-digit years), which lies inside this range, so no aggregate reaches it. Without this the driver would write a time before 4713 BC as -infinity (it reads back as
     * another time) and the server would keep 29 February of 1 BC, which the driver cannot read back.
     */
    public static Instant storable(Instant time, String field) {
        if (time != null && (time.isBefore(EARLIEST) || time.isAfter(LATEST))) {
            throw new InvalidValueException(field, "outside the times the PostgreSQL store holds (" + EARLIEST + " to "
                    + LATEST + "): " + time);
        }
        return time;
    }

    public static Instant ceilMicros(Instant bound) {
        if (bound.isBefore(EARLIEST) || bound.isAfter(LATEST)) {
            return bound; // sent as -infinity / infinity; rounding Instant.MAX up would overflow
        }
        Instant truncated = bound.truncatedTo(ChronoUnit.MICROS);
        return truncated.equals(bound) ? bound : truncated.plus(1, ChronoUnit.MICROS);
    }
}
