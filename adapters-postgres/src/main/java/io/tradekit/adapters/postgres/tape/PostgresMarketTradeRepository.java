package io.tradekit.adapters.postgres.tape;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.tape.IngestResult;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.tape.PrintConflict;
import io.tradekit.domain.tape.TapeWindow;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The tape in PostgreSQL. A batch is ingested with COPY: straight into the tape when none of it is stored
 * yet, else into a temporary staging table followed by one {@code INSERT ... SELECT ... ON CONFLICT DO
 * NOTHING} - idempotent and race-free against other writers (a print another process stored first is simply
 * not new here). See {@link #insertAllIfAbsent} and docs/postgres.md for the figures.
 */
public final class PostgresMarketTradeRepository implements MarketTradeRepository {
    /** Trade id in byte order: the order of the unique key every ingester waits on (see Batch). */
    private static final Comparator<MarketTrade> KEY_ORDER = Comparator.comparing(t -> t.tradeId().value());
    private static final String UNIQUE_VIOLATION = "23505";

    private final MarketTradeMapper mapper;
    private final org.apache.ibatis.session.Configuration configuration;
    private final DataSource dataSource;
    private final StoreCalls calls;

    public PostgresMarketTradeRepository(SqlSessionTemplate sessions, DataSource dataSource, StoreCalls calls) {
        this.mapper = sessions.getMapper(MarketTradeMapper.class);
        this.configuration = sessions.getConfiguration();
        this.dataSource = dataSource;
        this.calls = calls;
    }

    @Override
    public boolean insertIfAbsent(MarketTrade trade) {
        Require.nonNull(trade, "trade");
        MarketTradeRow row = MarketTradeRow.of(trade);
        return calls.call("insert print " + trade.tradeId(), () -> mapper.insertIfAbsent(row)) == 1;
    }

    @Override
    public IngestResult ingest(Collection<MarketTrade> trades) {
        Require.nonNull(trades, "trades");
        Batch batch = Batch.of(trades);
        if (batch.firsts.isEmpty()) {
            return IngestResult.NOTHING;
        }
        return calls.inTransaction("ingest " + batch.firsts.size() + " prints", () -> {
            // the connection of the current transaction: the one MyBatis uses for the statements around it
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                return ingest(connection, batch);
            } catch (SQLException e) {
                throw new CopyFailed(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    /**
     * A server-side cursor ({@link TapeCursor}) on a connection of its own: the caller may run its units of work
     * between two prints, on other connections of the pool.
     */
    @Override
    public Stream<MarketTrade> streamWindow(TapeWindow window) {
        Require.nonNull(window, "window");
        List<String> markets = window.markets().isEmpty() ? null
                : window.markets().stream().map(ConditionId::value).sorted().toList();
        return TapeCursor.open(configuration, dataSource, calls.failures(), "read the tape from " + window.from()
                + " to " + window.to(), Bounds.ceilMicros(window.from()), Bounds.ceilMicros(window.to()), markets);
    }

    /**
     * Fast path: a batch of prints none of which is stored yet (a live feed's next page) is copied straight
     * into the tape, as fast as PostgreSQL loads rows: nothing stored, so nothing can conflict. When some print is
     * already there - stored earlier or by a racing process, the copy stops at a unique violation - the copy is
     * undone to its savepoint and the batch goes the idempotent way: COPY into the session's staging table, one
     * {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING} that counts the new ones, then one query that returns
     * the stored rows whose content differs from the staged one (the conflicts; after the insert, so a print a
     * racing process stored first is compared too). Both go in the same trade id order, so concurrent ingesters
     * never deadlock on each other's keys.
     */
    private IngestResult ingest(Connection connection, Batch batch) throws SQLException, IOException {
        Savepoint beforeCopy = connection.setSavepoint();
        try {
            TapeCopyWriter.copy(connection, "market_trades", batch.firsts);
            connection.releaseSavepoint(beforeCopy);
            return batch.result(batch.firsts.size(), Map.of());
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(beforeCopy);
        }
        mapper.createStaging();
        mapper.emptyStaging();
        TapeCopyWriter.copy(connection, "pg_temp.market_trades_staging", batch.firsts);
        int inserted = mapper.insertNewFromStaging();
        Map<MarketTradeId, MarketTrade> stored = new HashMap<>();
        for (MarketTradeRow row : mapper.findStoredDifferingFromStaging()) {
            MarketTrade trade = row.toMarketTrade();
            stored.put(trade.tradeId(), trade);
        }
        return batch.result(inserted, stored);
    }

    /**
     * The batch without nulls (refused) and without repeats (the first print of each trade id counts, as in
     * the in-memory store), in trade id order. Every ingester inserting in this one order of the unique key is
     * what keeps concurrent ingests of overlapping batches from deadlocking: they wait on each other's keys in
     * the same order instead of in a cycle. The tape's (timestamp, trade id) order would not do: two batches
     * that disagree on a print's time (a venue's correction, feeds rounding differently) would take the same
     * keys in different orders. Within one batch the insert order barely matters to the reads: a batch fills
     * the same few heap pages in any order. Keeps the batch as given too, to report conflicts in its order.
     */
    private record Batch(List<MarketTrade> inOrder, List<MarketTrade> firsts, Map<MarketTradeId, MarketTrade> firstById,
            boolean repeats) {

        static Batch of(Collection<MarketTrade> trades) {
            Map<MarketTradeId, MarketTrade> firstById = new HashMap<>(Math.max(16, trades.size() * 4 / 3 + 1));
            List<MarketTrade> inOrder = new ArrayList<>(trades.size());
            List<MarketTrade> firsts = new ArrayList<>(trades.size());
            int i = 0;
            for (MarketTrade t : trades) {
                if (t == null) {
                    throw new InvalidValueException("trades", "element " + i + " is null");
                }
                Bounds.storable(t.timestamp(), "trades[" + i + "].timestamp");
                if (firstById.putIfAbsent(t.tradeId(), t) == null) {
                    firsts.add(t);
                }
                inOrder.add(t);
                i++;
            }
            firsts.sort(KEY_ORDER);
            return new Batch(inOrder, firsts, firstById, firsts.size() < inOrder.size());
        }

        /**
         * The conflicts in the batch's order, as the in-memory store finds them: each print against the one the
         * tape holds under its id after the batch (the stored one when it differed, else the batch's first).
         */
        IngestResult result(int inserted, Map<MarketTradeId, MarketTrade> storedDiffering) {
            if (storedDiffering.isEmpty() && !repeats) {
                return IngestResult.of(inserted);
            }
            List<PrintConflict> conflicts = new ArrayList<>();
            Set<MarketTradeId> firstSeen = new HashSet<>();
            for (MarketTrade offered : inOrder) {
                MarketTrade held = storedDiffering.getOrDefault(offered.tradeId(), firstById.get(offered.tradeId()));
                boolean first = firstSeen.add(offered.tradeId());
                if ((first && storedDiffering.containsKey(offered.tradeId())) || (!first && !held.equals(offered))) {
                    conflicts.add(new PrintConflict(held, offered));
                }
            }
            return new IngestResult(inserted, conflicts);
        }
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
        Instant bound = Bounds.ceilMicros(since);
        List<String> ids = calls.call("find markets traded since " + since,
                () -> mapper.findConditionsTradedSince(bound));
        return ids.stream().map(ConditionId::of).toList();
    }

    /** Carries a COPY failure out of the transaction callback to the translator. */
    private static final class CopyFailed extends RuntimeException {
        CopyFailed(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
