package io.tradekit.domain.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Time is a UTC {@link Instant} kept at microsecond precision, the finest every store can hold. */
public final class Times {
    private Times() {
    }

    /** Drops sub-microsecond digits so a value reads back from any store exactly as written. */
    public static Instant micros(Instant instant, String field) {
        return Require.nonNull(instant, field).truncatedTo(ChronoUnit.MICROS);
    }
}
