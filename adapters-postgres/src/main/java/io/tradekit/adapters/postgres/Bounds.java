package io.tradekit.adapters.postgres;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Stored times are whole microseconds, but a query bound may carry nanoseconds; the driver would
 * round those. For a stored time t (whole microseconds), {@code t >= b} and {@code t < b} hold
 * exactly when they hold for the bound rounded UP to the microsecond, so bounds are sent that way.
 */
public final class Bounds {
    private Bounds() {
    }

    public static Instant ceilMicros(Instant bound) {
        Instant truncated = bound.truncatedTo(ChronoUnit.MICROS);
        return truncated.equals(bound) ? bound : truncated.plus(1, ChronoUnit.MICROS);
    }
}
