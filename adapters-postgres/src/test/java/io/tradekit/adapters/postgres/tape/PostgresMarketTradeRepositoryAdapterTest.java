package io.tradekit.adapters.postgres.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.adapters.postgres.Race;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the PostgreSQL adapter adds to the contract: its own edge cases, races and SQL-specific checks. */
class PostgresMarketTradeRepositoryAdapterTest {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private MarketTradeRepository tape() {
        return db.store().marketTrades();
    }

    private MarketTrade print(String id, String condition, String price, Instant at) {
        return new MarketTrade(MarketTradeId.of(run + "-" + id), ConditionId.of(run + "-" + condition),
                TokenId.of(run + "-tok-" + condition), Price.of(price), Quantity.of("12.5"), Side.BUY, at);
    }

    @Test
    void roundTripsEveryFieldIncludingMicrosecondsAndPricesAboveOne() {
        MarketTrade p = new MarketTrade(MarketTradeId.of(run + "-rt\\x"), ConditionId.of(run + "-c"),
                TokenId.of(run + "-t"), Price.of("65000.12345678"), Quantity.of("0.00000001"), Side.SELL,
                Instant.parse("2024-03-10T06:59:59.123456Z"));

        assertThat(tape().insertIfAbsent(p)).isTrue();

        assertThat(tape().findById(p.tradeId())).contains(p);
    }

    @Test
    void insertIsIdempotentByTradeIdAndKeepsTheFirstVersion() {
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        MarketTrade first = print("dup", "c", "0.5", at);
        MarketTrade changed = print("dup", "c", "0.9", at);

        assertThat(tape().insertIfAbsent(first)).isTrue();
        assertThat(tape().insertIfAbsent(changed)).isFalse();

        assertThat(tape().findById(first.tradeId())).contains(first);
    }

    @Test
    void bulkIngestCountsOnlyNewPrintsAndKeepsTheFirstOfARepeatWithinTheBatch() {
        Instant at = Instant.parse("2024-01-02T00:00:00Z");
        MarketTrade stored = print("b1", "c", "0.1", at);
        tape().insertIfAbsent(stored);
        MarketTrade repeatOfStored = print("b1", "c", "0.2", at);
        MarketTrade fresh = print("b2", "c", "0.3", at.plusSeconds(1));
        MarketTrade freshRepeated = print("b2", "c", "0.4", at.plusSeconds(1));
        MarketTrade backslash = new MarketTrade(MarketTradeId.of(run + "-b\\3"), ConditionId.of(run + "-c"),
                TokenId.of(run + "-t\\"), Price.of("1.5"), Quantity.of("2"), Side.SELL, at.plusSeconds(2));

        int added = tape().insertAllIfAbsent(List.of(repeatOfStored, fresh, freshRepeated, backslash));

        assertThat(added).isEqualTo(2);
        assertThat(tape().findById(stored.tradeId())).contains(stored);
        assertThat(tape().findById(fresh.tradeId())).contains(fresh);
        assertThat(tape().findById(backslash.tradeId())).contains(backslash);
        assertThat(tape().insertAllIfAbsent(List.of(fresh, backslash))).isZero();
    }

    @Test
    void bulkIngestOfNothingWritesNothingAndANullElementIsRefusedBeforeAnyWrite() {
        assertThat(tape().insertAllIfAbsent(List.of())).isZero();
        MarketTrade ok = print("n1", "c", "0.1", Instant.parse("2024-01-03T00:00:00Z"));

        assertThatThrownBy(() -> tape().insertAllIfAbsent(Arrays.asList(ok, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("trades");
        assertThat(tape().findById(ok.tradeId())).isEmpty();
    }

    @Test
    void bulkIngestTakesPartInTheCallersUnitOfWork() {
        MarketTrade p = print("uow", "c", "0.1", Instant.parse("2024-01-04T00:00:00Z"));

        assertThatThrownBy(() -> db.store().unitOfWork().run(() -> {
            assertThat(tape().insertAllIfAbsent(List.of(p))).isEqualTo(1);
            assertThat(tape().findById(p.tradeId())).isPresent();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(tape().findById(p.tradeId())).isEmpty();
        // twice in one transaction: the staging table starts empty each time
        int added = db.store().unitOfWork().inTransaction(() -> tape().insertAllIfAbsent(List.of(p))
                + tape().insertAllIfAbsent(List.of(p, print("uow2", "c", "0.2", Instant.parse("2024-01-04T00:00:01Z")))));
        assertThat(added).isEqualTo(2);
    }

    @Test
    void findAfterPagesInTimestampThenIdOrderWithoutSkippingPrintsThatShareATimestamp() {
        Instant t = Instant.parse("2024-02-01T00:00:00Z");
        // byte order: 'B' (66) < 'a' (97); a locale collation would put 'a' first
        List<MarketTrade> prints = List.of(print("a", "page", "0.1", t), print("B", "page", "0.1", t),
                print("c", "page", "0.1", t), print("0", "page", "0.1", t.plusNanos(1000)),
                print("x", "other", "0.1", t));
        tape().insertAllIfAbsent(prints);

        List<String> seen = new ArrayList<>();
        Optional<WatermarkPosition> after = Optional.empty();
        while (true) {
            List<MarketTrade> page = tape().findAfter(ConditionId.of(run + "-page"), after, 2);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(p -> seen.add(p.tradeId().value().substring(run.length() + 1)));
            after = Optional.of(page.get(page.size() - 1).position());
        }

        assertThat(seen).containsExactly("B", "a", "c", "0");
        assertThatThrownBy(() -> tape().findAfter(ConditionId.of("x"), Optional.empty(), 0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("limit");
    }

    @Test
    void findConditionsTradedSinceIncludesTheBoundaryAndNothingOlder() {
        Instant since = Instant.parse("2030-05-05T12:00:00.000001Z");
        tape().insertAllIfAbsent(List.of(print("s1", "old", "0.1", since.minusNanos(1000)),
                print("s2", "edge", "0.1", since), print("s3", "new", "0.1", since.plusSeconds(60)),
                print("s4", "new", "0.2", since.plusSeconds(61))));

        List<ConditionId> traded = tape().findConditionsTradedSince(since);

        assertThat(traded).contains(ConditionId.of(run + "-edge"), ConditionId.of(run + "-new"))
                .doesNotContain(ConditionId.of(run + "-old")).doesNotHaveDuplicates();
        // a bound with nanoseconds: a print at .000001 is before .0000015
        assertThat(tape().findConditionsTradedSince(since.plusNanos(500))).doesNotContain(ConditionId.of(run + "-edge"));
    }

    @Test
    void aStoredPrintLateInTheBatchStillCountsEveryOtherPrintOnce() {
        List<MarketTrade> batch = new ArrayList<>();
        Instant t = Instant.parse("2024-04-01T00:00:00Z");
        for (int i = 0; i < 500; i++) {
            batch.add(print(String.format("late-%03d", i), "late", "0.5", t.plusSeconds(i)));
        }
        tape().insertIfAbsent(batch.get(499)); // the newest: the direct copy fails on its very last row

        assertThat(tape().insertAllIfAbsent(batch)).isEqualTo(499);
        assertThat(tape().findAfter(ConditionId.of(run + "-late"), Optional.empty(), 1000)).hasSize(500);
    }

    @Test
    void eightIngestersOfOverlappingShuffledBatchesNeitherDeadlockNorDoubleCount() throws Exception {
        List<MarketTrade> all = new ArrayList<>();
        Instant t = Instant.parse("2024-04-02T00:00:00Z");
        for (int i = 0; i < 3000; i++) {
            all.add(print(String.format("race-%04d", i), "race", "0.5", t.plusMillis(i / 4)));
        }

        List<Integer> added = Race.run(8, i -> {
            List<MarketTrade> mine = new ArrayList<>(all);
            java.util.Collections.shuffle(mine, new java.util.Random(i));
            return tape().insertAllIfAbsent(mine.subList(0, 2000));
        });

        int stored = tape().findAfter(ConditionId.of(run + "-race"), Optional.empty(), 5000).size();
        assertThat(added.stream().mapToInt(Integer::intValue).sum()).isEqualTo(stored);
        assertThat(stored).isBetween(2000, 3000);
    }

    /**
     * streamWindow reads through a server-side cursor: while the stream is open, its session sits idle in a
     * transaction of its own (the portal lives only there) with the window's query, rows fetched as read; closing
     * the stream ends the transaction and gives the connection back.
     */
    @Test
    void streamWindowReadsThroughAServerSideCursorInATransactionOfItsOwn() throws Exception {
        String condition = "cursor";
        List<MarketTrade> prints = new ArrayList<>();
        Instant t0 = Instant.parse("2026-05-01T00:00:00Z");
        for (int i = 0; i < 3_000; i++) {
            prints.add(print(String.format("cur-%05d", i), condition, "0.5", t0.plusSeconds(i)));
        }
        tape().insertAllIfAbsent(prints);
        io.tradekit.domain.tape.TapeWindow window = io.tradekit.domain.tape.TapeWindow.of(t0, t0.plusSeconds(3_000),
                java.util.Set.of(ConditionId.of(run + "-" + condition)));

        try (java.util.stream.Stream<MarketTrade> stream = tape().streamWindow(window)) {
            java.util.Iterator<MarketTrade> it = stream.iterator();
            assertThat(it.next()).isEqualTo(prints.get(0));
            assertThat(openWindowReads()).as("sessions idle in a transaction with the window's query: %s",
                    activity()).isEqualTo(1);
            int read = 1;
            while (it.hasNext()) {
                assertThat(it.next()).isEqualTo(prints.get(read++));
            }
            assertThat(read).isEqualTo(3_000);
        }
        assertThat(openWindowReads()).as("after close").isZero();
    }

    private String activity() throws Exception {
        StringBuilder all = new StringBuilder();
        try (java.sql.Connection c = db.server().connect(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT application_name, state, query FROM pg_stat_activity")) {
            while (rs.next()) {
                all.append('\n').append(rs.getString(1)).append(" | ").append(rs.getString(2)).append(" | ")
                        .append(rs.getString(3));
            }
        }
        return all.toString();
    }

    private long openWindowReads() throws Exception {
        try (java.sql.Connection c = db.server().connect(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE state = "
                        + "'idle in transaction' AND query LIKE '%FROM market_trades%ORDER BY ts, trade_id%' "
                        + "AND query NOT LIKE '%pg_stat_activity%' AND application_name = left('tradekit:"
                        + db.store().schema() + "', 63)")) { // the server keeps 63 bytes of the name
            rs.next();
            return rs.getLong(1);
        }
    }
}
