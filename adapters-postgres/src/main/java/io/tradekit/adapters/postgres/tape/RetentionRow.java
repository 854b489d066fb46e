package io.tradekit.adapters.postgres.tape;

import java.time.Instant;

/** The outcome of one retention statement; the last examined print's position when any was examined. */
record RetentionRow(int examined, int removed, Instant lastTs, String lastId) {
}
