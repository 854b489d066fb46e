package io.tradekit.adapters.postgres.watermark;

import org.apache.ibatis.annotations.Param;

/** SQL in WatermarkMapper.xml. */
interface WatermarkMapper {
    WatermarkRow find(@Param("accountId") String accountId, @Param("consumerId") String consumerId,
            @Param("streamKey") String streamKey);

    /** 1 when the watermark was created or moved forward, 0 when the stored position is at or after it. */
    int advance(WatermarkRow row);
}
