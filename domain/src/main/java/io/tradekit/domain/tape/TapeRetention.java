package io.tradekit.domain.tape;

import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Instant;
import java.util.Optional;

/**
 * Removes old prints from the tape in small batches, so ingest is never blocked for long. A print is
 * removable when it is older than the cutoff AND no watermark on its market (stream key = its condition id, any
 * account, any consumer) is still before it: a print some consumer has not yet passed is never removed. A
 * market no consumer keeps a watermark on is pruned by age alone.
 */
public interface TapeRetention {
    /**
     * Examines up to {@code limit} prints with a timestamp before {@code olderThan}, in (timestamp, trade id)
     * order after {@code after} (from the oldest when empty), and removes those no watermark holds back.
     *
     * @return how many were examined and removed, and where the next batch continues
     */
    RetentionBatch removeBatch(Instant olderThan, Optional<WatermarkPosition> after, int limit);

    /** One batch's outcome; {@code last} is empty when nothing was examined (the end is reached). */
    record RetentionBatch(int examined, int removed, Optional<WatermarkPosition> last) {
        public RetentionBatch {
            if (examined < 0 || removed < 0 || removed > examined) {
                throw new IllegalArgumentException("removed " + removed + " of " + examined + " examined");
            }
            if (last == null || last.isPresent() != (examined > 0)) {
                throw new IllegalArgumentException("a batch that examined prints says where it stopped");
            }
        }
    }
}
