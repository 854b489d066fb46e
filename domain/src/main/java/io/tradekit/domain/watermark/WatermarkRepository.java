package io.tradekit.domain.watermark;

import io.tradekit.domain.shared.AccountId;
import java.util.Optional;

/** Stores watermarks. Advancing is one atomic, forward-only step: racing writers end at the maximum. */
public interface WatermarkRepository {
    Optional<Watermark> find(AccountId accountId, ConsumerId consumerId, String streamKey);

    /**
     * Moves the watermark to {@code position} when that is after the stored one (or none is stored).
     * A stale writer never moves it back.
     *
     * @return true when the stored position changed
     */
    boolean advance(AccountId accountId, ConsumerId consumerId, String streamKey, WatermarkPosition position);
}
