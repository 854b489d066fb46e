package io.tradekit.adapters.postgres.tape;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The tape in PostgreSQL. A batch is ingested with COPY into a temporary staging table, then one
 * {@code INSERT ... SELECT DISTINCT ON ... ON CONFLICT DO NOTHING}: close to the speed of a plain COPY,
 * yet idempotent and race-free against other writers.
 */
public final class PostgresMarketTradeRepository implements MarketTradeRepository {
    private final MarketTradeMapper mapper;
    private final DataSource dataSource;
    private final StoreCalls calls;

    public PostgresMarketTradeRepository(SqlSessionTemplate sessions, DataSource dataSource, StoreCalls calls) {
        this.mapper = sessions.getMapper(MarketTradeMapper.class);
        this.dataSource = dataSource;
        this.calls = calls;
    }

    @Override
    public boolean insertIfAbsent(MarketTrade trade) {
        Require.nonNull(trade, "trade");
        return calls.call("insert print " + trade.tradeId(), () -> mapper.insertIfAbsent(MarketTradeRow.of(trade))) == 1;
    }

    @Override
    public int insertAllIfAbsent(Collection<MarketTrade> trades) {
        Require.nonNull(trades, "trades");
        int i = 0;
        for (MarketTrade t : trades) {
            if (t == null) {
                throw new InvalidValueException("trades", "element " + i + " is null");
            }
            i++;
        }
        if (trades.isEmpty()) {
            return 0;
        }
        return calls.inTransaction("ingest " + trades.size() + " prints", () -> {
            mapper.createStaging();
            mapper.emptyStaging();
            // the connection of the current transaction: the one MyBatis uses for the statements around it
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                TapeCopyWriter.copy(connection, "pg_temp.market_trades_staging", true, trades);
            } catch (SQLException e) {
                throw new CopyFailed(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            return mapper.insertNewFromStaging();
        });
    }

    @Override
    public Optional<MarketTrade> findById(MarketTradeId tradeId) {
        Require.nonNull(tradeId, "tradeId");
        MarketTradeRow row = calls.call("find print " + tradeId, () -> mapper.findById(tradeId.value()));
        return Optional.ofNullable(row).map(MarketTradeRow::toMarketTrade);
    }

    @Override
    public List<MarketTrade> findAfter(ConditionId conditionId, Optional<WatermarkPosition> after, int limit) {
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(after, "after");
        if (limit < 1) {
            throw new InvalidValueException("limit", "must be at least 1, got " + limit);
        }
        Instant afterTs = after.map(WatermarkPosition::timestamp).orElse(null);
        String afterId = after.map(WatermarkPosition::id).orElse(null);
        List<MarketTradeRow> rows = calls.call("read prints of " + conditionId,
                () -> mapper.findAfter(conditionId.value(), afterTs, afterId, limit));
        return rows.stream().map(MarketTradeRow::toMarketTrade).toList();
    }

    @Override
    public List<ConditionId> findConditionsTradedSince(Instant since) {
        Require.nonNull(since, "since");
        List<String> ids = calls.call("find markets traded since " + since, () -> mapper.findConditionsTradedSince(Bounds.ceilMicros(since)));
        return ids.stream().map(ConditionId::of).toList();
    }

    /** Carries a COPY failure out of the transaction callback to the translator. */
    private static final class CopyFailed extends RuntimeException {
        CopyFailed(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
