package io.tradekit.domain.watermark;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import java.util.Optional;

/**
 * How far one consumer of one account has processed one stream (e.g. the prints of one market).
 * It only moves forward: {@link #advanceTo} refuses to go back and says whether it moved.
 */
public record Watermark(AccountId accountId, ConsumerId consumerId, String streamKey, WatermarkPosition position) {
    public Watermark {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(consumerId, "consumerId");
        Require.id(streamKey, "streamKey");
        Require.nonNull(position, "position");
    }

    /** The watermark at {@code candidate} when that is after the current position; empty otherwise. */
    public Optional<Watermark> advanceTo(WatermarkPosition candidate) {
        Require.nonNull(candidate, "candidate");
        return candidate.isAfter(position)
                ? Optional.of(new Watermark(accountId, consumerId, streamKey, candidate))
                : Optional.empty();
    }

    /** True when a stream item at {@code item} is still to be processed. */
    public boolean isBefore(WatermarkPosition item) {
        Require.nonNull(item, "item");
        return item.isAfter(position);
    }
}
