package io.tradekit.adapters.postgres.watermark;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.Watermark;
import io.tradekit.domain.watermark.WatermarkPosition;
import io.tradekit.domain.watermark.WatermarkRepository;
import java.util.Optional;
import org.mybatis.spring.SqlSessionTemplate;

/** Watermarks in PostgreSQL: advancing is one forward-only upsert, so racing writers end at the maximum. */
public final class PostgresWatermarkRepository implements WatermarkRepository {
    private final WatermarkMapper mapper;
    private final StoreCalls calls;

    public PostgresWatermarkRepository(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(WatermarkMapper.class);
        this.calls = calls;
    }

    @Override
    public Optional<Watermark> find(AccountId accountId, ConsumerId consumerId, String streamKey) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(consumerId, "consumerId");
        Require.id(streamKey, "streamKey");
        WatermarkRow row = calls.call("find watermark " + consumerId + "/" + streamKey + " of " + accountId,
                () -> mapper.find(accountId.value(), consumerId.value(), streamKey));
        return Optional.ofNullable(row).map(WatermarkRow::toWatermark);
    }

    @Override
    public boolean advance(AccountId accountId, ConsumerId consumerId, String streamKey, WatermarkPosition position) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(consumerId, "consumerId");
        Require.id(streamKey, "streamKey");
        Require.nonNull(position, "position");
        WatermarkRow row = new WatermarkRow(accountId.value(), consumerId.value(), streamKey, Bounds.storable(position.timestamp(), "position.timestamp"), position.id());
        return calls.call("advance watermark " + consumerId + "/" + streamKey + " of " + accountId,
                () -> mapper.advance(row)) == 1;
    }
}
