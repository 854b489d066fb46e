package io.tradekit.adapters.postgres.tape;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bulk ingest against the fastest way PostgreSQL loads rows: the same N prints, side by side on the same
 * (emptied) {@code market_trades} table with all its indexes and constraints - a plain COPY straight into
 * it, versus {@code insertAllIfAbsent}. Both include their commit; rounds alternate which goes first, and
 * the medians are compared. Target: insertAllIfAbsent at 0.8x or more of plain COPY's rows/s.
 *
 * <p>A third figure shows the idempotent path alone: the same batch when its oldest print is already stored,
 * so the direct copy stops at once and all the others go through the staging table and
 * {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING}.
 *
 * <pre>./mvnw -B -q -pl adapters-postgres -am verify -Dgroups=benchmark -Dsurefire.excludedGroups= \
 *     -Dtest=TapeIngestBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dtradekit.bench.rows=200000]</pre>
 */
@Tag("benchmark")
class TapeIngestBenchmark {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private static final int ROWS = Integer.getInteger("tradekit.bench.rows", 200_000);
    private static final int ROUNDS = Integer.getInteger("tradekit.bench.rounds", 7);

    @Test
    void ingestKeepsUpWithPlainCopy() throws Exception {
        List<MarketTrade> prints = tape(ROWS, new Random(42));
        List<MarketTrade> warmup = tape(20_000, new Random(7));
        plainCopy(warmup);
        ingest(warmup);

        double[] copyRates = new double[ROUNDS];
        double[] ingestRates = new double[ROUNDS];
        double[] overlapRates = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            if (round % 2 == 0) {
                copyRates[round] = plainCopy(prints);
                ingestRates[round] = ingest(prints);
            } else {
                ingestRates[round] = ingest(prints);
                copyRates[round] = plainCopy(prints);
            }
            overlapRates[round] = ingestOneStored(prints);
            System.out.printf(Locale.ROOT, "round %d: plain COPY %,.0f rows/s, insertAllIfAbsent %,.0f rows/s (%.2fx);"
                    + " one already stored: %,.0f rows/s (%.2fx)%n", round + 1, copyRates[round], ingestRates[round],
                    ingestRates[round] / copyRates[round], overlapRates[round], overlapRates[round] / copyRates[round]);
        }
        double copy = median(copyRates);
        double ingest = median(ingestRates);
        double[] ratios = new double[ROUNDS];
        double[] overlapRatios = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            ratios[i] = ingestRates[i] / copyRates[i];
            overlapRatios[i] = overlapRates[i] / copyRates[i];
        }
        double overlap = median(overlapRates);
        System.out.printf(Locale.ROOT, "tape ingest, %,d prints, median of %d rounds: plain COPY %,.0f rows/s,"
                + " insertAllIfAbsent %,.0f rows/s: ratio of medians %.2f, median of round ratios %.2f"
                + " (target >= 0.80)%n", ROWS, ROUNDS, copy, ingest, ingest / copy, median(ratios));
        System.out.printf(Locale.ROOT, "idempotent path alone (oldest print already stored): %,.0f rows/s:"
                + " ratio of medians %.2f, median of round ratios %.2f%n", overlap, overlap / copy,
                median(overlapRatios));
    }

    /** COPY straight into the emptied tape table, committed; returns rows/s. */
    private static double plainCopy(List<MarketTrade> prints) throws Exception {
        empty();
        try (Connection c = db.store().dataSource().getConnection()) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            long copied = TapeCopyWriter.copy(c, "market_trades", prints);
            c.commit();
            long elapsed = System.nanoTime() - start;
            c.setAutoCommit(true);
            assertThat(copied).isEqualTo(prints.size());
            return rate(prints.size(), elapsed);
        }
    }

    /** insertAllIfAbsent into the emptied tape table (it commits itself); returns rows/s. */
    private static double ingest(List<MarketTrade> prints) throws Exception {
        empty();
        long start = System.nanoTime();
        int added = db.store().marketTrades().insertAllIfAbsent(prints);
        long elapsed = System.nanoTime() - start;
        assertThat(added).isEqualTo(prints.size());
        assertThat(count()).isEqualTo(prints.size());
        return rate(prints.size(), elapsed);
    }

    /** insertAllIfAbsent of the batch when its oldest print is stored already; returns rows/s of the batch. */
    private static double ingestOneStored(List<MarketTrade> prints) throws Exception {
        empty();
        MarketTrade oldest = java.util.Collections.min(prints, java.util.Comparator.comparing(MarketTrade::position));
        db.store().marketTrades().insertIfAbsent(oldest);
        long start = System.nanoTime();
        int added = db.store().marketTrades().insertAllIfAbsent(prints);
        long elapsed = System.nanoTime() - start;
        assertThat(added).isEqualTo(prints.size() - 1);
        assertThat(count()).isEqualTo(prints.size());
        return rate(prints.size(), elapsed);
    }

    private static void empty() throws Exception {
        try (Connection c = db.store().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE market_trades");
            s.execute("CHECKPOINT");
        }
    }

    private static long count() throws Exception {
        try (Connection c = db.store().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM market_trades")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double rate(int rows, long nanos) {
        return rows / (nanos / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A tape like a venue's: 500 markets of 2 tokens, hash-like trade ids, time moving forward, ties included. */
    private static List<MarketTrade> tape(int rows, Random random) {
        List<MarketTrade> prints = new ArrayList<>(rows);
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < rows; i++) {
            if (random.nextInt(4) == 0) {
                t = t.plusNanos(1000L * (1 + random.nextInt(50_000)));
            }
            int market = random.nextInt(500);
            String id = "0x" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong())
                    + Long.toHexString(random.nextLong());
            prints.add(new MarketTrade(MarketTradeId.of(id), ConditionId.of("0xcond" + market),
                    TokenId.of("tok" + market + (random.nextBoolean() ? "-yes" : "-no")),
                    Price.of(BigDecimal.valueOf(1 + random.nextInt(99), 2)),
                    Quantity.of(BigDecimal.valueOf(1 + random.nextInt(1_000_000), 2)),
                    random.nextBoolean() ? Side.BUY : Side.SELL, t));
        }
        return prints;
    }
}
