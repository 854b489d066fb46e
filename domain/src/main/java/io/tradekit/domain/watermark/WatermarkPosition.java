package io.tradekit.domain.watermark;

import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.time.Instant;

/**
 * A point in a stream: (timestamp, id), ordered by timestamp and then by id. Several prints share a
 * timestamp, so the timestamp alone would either skip or repeat them; the id breaks the tie.
 * Ids are printable ASCII and compare by {@link String#compareTo}, which equals byte order
 * (PostgreSQL's {@code COLLATE "C"}).
 */
public record WatermarkPosition(Instant timestamp, String id) implements Comparable<WatermarkPosition> {
    public WatermarkPosition {
        timestamp = Times.micros(timestamp, "timestamp");
        Require.id(id, "id");
    }

    public static WatermarkPosition of(Instant timestamp, String id) {
        return new WatermarkPosition(timestamp, id);
    }

    public boolean isAfter(WatermarkPosition other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(WatermarkPosition other) {
        // by hand rather than a Comparator chain: every tape read and watermark advance compares positions
        int byTime = timestamp.compareTo(other.timestamp);
        return byTime != 0 ? byTime : id.compareTo(other.id);
    }
}
