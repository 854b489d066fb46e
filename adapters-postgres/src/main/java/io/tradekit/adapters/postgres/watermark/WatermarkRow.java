package io.tradekit.adapters.postgres.watermark;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.Watermark;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Instant;

/** One row of {@code watermarks}. */
record WatermarkRow(String accountId, String consumerId, String streamKey, Instant positionTs, String positionId) {
    Watermark toWatermark() {
        return new Watermark(AccountId.of(accountId), ConsumerId.of(consumerId), streamKey,
                WatermarkPosition.of(positionTs, positionId));
    }
}
