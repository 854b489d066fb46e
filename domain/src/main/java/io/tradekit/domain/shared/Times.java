package io.tradekit.domain.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Time is a UTC {@link Instant} kept at microsecond precision, the finest every store can hold, within the
 * kit's range of four-digit years ({@link #EARLIEST} to {@link #LATEST}), which every store holds exactly.
 * Query bounds ("since ever") are not stored times and do not pass through here.
 */
public final class Times {
    /** The earliest time the kit stores: the first instant of year 1. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest time the kit stores: the last microsecond of year 9999. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    /**
     * The exclusive end of the kit's range, one microsecond after {@link #LATEST}: a window that includes
     * {@link #LATEST} ends here.
     */
    public static final Instant END = LATEST.plusNanos(1_000);

    private Times() {
    }

    /**
     * The exclusive end of a window ({@code [from, to)}): like {@link #micros} but may be {@link #END}, so a window
     * can reach the last stored instant.
     */
    public static Instant windowEnd(Instant instant, String field) {
        Instant truncated = Require.nonNull(instant, field).truncatedTo(ChronoUnit.MICROS);
        return truncated.equals(END) ? END : micros(truncated, field);
    }

    /**
     * Drops sub-microsecond digits so a value reads back from any store exactly as written; refuses a time
     * outside {@link #EARLIEST} .. {@link #LATEST} (checked after truncation) naming {@code field}.
     */
    public static Instant micros(Instant instant, String field) {
        Instant truncated = Require.nonNull(instant, field).truncatedTo(ChronoUnit.MICROS);
        if (truncated.isBefore(EARLIEST) || truncated.isAfter(LATEST)) {
            throw new InvalidValueException(field, "outside the kit's time range (" + EARLIEST + " to " + LATEST
                    + "): " + instant);
        }
        return truncated;
    }
}
