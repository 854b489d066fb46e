package io.tradekit.adapters.inmemory;

import java.time.Instant;

/**
 * Key of an index in (time, id) order, the order the ports promise for closes and executions: by time, then
 * by id (ids are printable ASCII, so String order is byte order). Unique when the id is unique in the index.
 */
public record TimeOrderKey(Instant at, String id) implements Comparable<TimeOrderKey> {

    /** Sorts before every key at {@code at}: ids are never empty. */
    public static TimeOrderKey lowest(Instant at) {
        return new TimeOrderKey(at, "");
    }

    @Override
    public int compareTo(TimeOrderKey o) {
        int c = at.compareTo(o.at);
        return c != 0 ? c : id.compareTo(o.id);
    }
}
