package io.tradekit.adapters.postgres.tape;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.tape.TapeRetention;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Instant;
import java.util.Optional;
import org.mybatis.spring.SqlSessionTemplate;

/**
 * Tape retention in PostgreSQL: each batch is one short statement deleting by a (timestamp, trade id) range, so
 * no lock outlives it and ingest is never blocked for longer than the rows it touches.
 */
public final class PostgresTapeRetention implements TapeRetention {
    private final MarketTradeMapper mapper;
    private final StoreCalls calls;

    public PostgresTapeRetention(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(MarketTradeMapper.class);
        this.calls = calls;
    }

    @Override
    public RetentionBatch removeBatch(Instant olderThan, Optional<WatermarkPosition> after, int limit) {
        Require.nonNull(olderThan, "olderThan");
        Require.nonNull(after, "after");
        if (limit <= 0) {
            throw new InvalidValueException("limit", "must be positive, got " + limit);
        }
        RetentionRow row = calls.call("remove old prints", () -> mapper.removeBatch(Bounds.ceilMicros(olderThan),
                after.map(WatermarkPosition::timestamp).orElse(null), after.map(WatermarkPosition::id).orElse(null),
                limit));
        return new RetentionBatch(row.examined(), row.removed(), row.examined() == 0 ? Optional.empty()
                : Optional.of(WatermarkPosition.of(row.lastTs(), row.lastId())));
    }
}
