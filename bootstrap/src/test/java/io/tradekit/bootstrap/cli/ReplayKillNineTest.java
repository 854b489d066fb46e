package io.tradekit.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradekit.adapters.postgres.PostgresTestServer;
import io.tradekit.bootstrap.sample.SampleGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, point 6: exactly-once under {@code kill -9}. The CLI runs as a child JVM replaying a generated tape on
 * PostgreSQL; it is killed with SIGKILL ({@link Process#destroyForcibly()}, which on Linux is {@code kill(pid,
 * SIGKILL)}: the child's exit status 137 = 128 + 9 proves it) after random, seeded delays, started again, and after
 * the last run completes every table of the schema and the JSON report must equal those of an uninterrupted run on
 * another schema.
 *
 * <p>Two cases. A <b>fresh schema</b>: kills land in the JVM start, the migration, the ingest of the tape and the
 * engine's units. A <b>reused schema</b> that already holds a complete replay of the same tape by another account:
 * the meaningful reuse, since the store's tape then already holds every print the killed run will receive (nothing
 * is ingested, the kills land in the engine's units at once, and the engine must still not look ahead), and the
 * other account's rows must come through untouched. Its reference: the other account's rows as they were before the
 * kills, and the killed account's rows of the uninterrupted run on the fresh schema.
 *
 * <p>The tables are compared whole, each ordered by its primary key, except only what is honestly run-dependent:
 * Flyway's history (its {@code installed_on} and {@code execution_time} are wall-clock), and the values of identity
 * columns ({@code decision_orders.link_seq}, {@code audit_entries.seq}): a killed transaction consumes sequence
 * values that are never given back, so they are compared as their rank (the order they were made in), which is all
 * they mean. Every other column, times included, comes from the tape and the simulated clock. In the report only
 * {@code prints_new} differs by design (a run after the tape was committed finds it stored): it is checked to be the
 * prints the store lacked before the completing run.
 *
 * <p>The seed is random per build and named in every failure (rerun with {@code -Dtradekit.kill9.seed=S}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayKillNineTest {
    private static final int PRINTS = 600;
    private static final int KILLS = 2;
    private static final long START_KILL_MILLIS = 1_500;
    private static final String ACCOUNT = "kill9";
    private static final String EARLIER_ACCOUNT = "earlier";
    private static final int SIGKILL_EXIT = 128 + 9;

    private final long seed = Long.getLong("tradekit.kill9.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private final PostgresTestServer server = PostgresTestServer.get();
    private final List<String> schemas = new ArrayList<>();

    @TempDir
    static Path dir;
    private Path tape;
    private Path resolutions;

    /** An uninterrupted run's tables and report (run in-process: the same code, without a JVM start). */
    private Map<String, List<String>> freshReference;
    private JsonNode referenceReport;

    @BeforeAll
    void uninterruptedRun() throws Exception {
        tape = dir.resolve("tape.csv");
        resolutions = dir.resolve("resolutions.csv");
        try (Writer t = Files.newBufferedWriter(tape, StandardCharsets.UTF_8);
                Writer r = Files.newBufferedWriter(resolutions, StandardCharsets.UTF_8)) {
            SampleGenerator.generate(new SampleGenerator.Spec(6, PRINTS, 11), t, r);
        }
        String schema = schema();
        Path json = dir.resolve("reference.json");
        long started = System.nanoTime();
        Cli.Result reference = Cli.run(args(schema, ACCOUNT, json));
        System.out.println("kill -9 reference run in-process: " + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(reference.exitCode()).as(reference.err()).isZero();
        referenceReport = ReplayEndToEndTest.json(json);
        assertThat(referenceReport.get("prints_new").asLong()).isEqualTo(PRINTS);
        assertThat(referenceReport.get("entries").asLong()).as("the tape trades").isPositive();
        freshReference = tables(schema);
    }

    @AfterAll
    void dropSchemas() {
        schemas.forEach(server::dropSchema);
    }

    @Test
    void killedRunsOnAFreshSchemaEndAsTheUninterruptedRun() throws Exception {
        String schema = schema();

        List<String> kills = killRepeatedly(schema, "fresh");
        long storedBefore = count(schema, "market_trades");
        JsonNode report = completeRun(schema, "fresh", kills);

        String context = "seed " + seed + ", " + kills;
        assertThat(report.get("prints_new").asLong()).as(context).isEqualTo(PRINTS - storedBefore);
        assertSameReport(report, context);
        assertSameTables(tables(schema), freshReference, context);
    }

    @Test
    void killedRunsOnASchemaHoldingAnotherAccountsRunOfTheTapeEndAsTheUninterruptedRun() throws Exception {
        String schema = schema();
        Cli.Result earlier = Cli.run(args(schema, EARLIER_ACCOUNT, dir.resolve("earlier.json")));
        assertThat(earlier.exitCode()).as(earlier.err()).isZero();
        Map<String, List<String>> beforeKills = tables(schema);

        List<String> kills = killRepeatedly(schema, "reused");
        JsonNode report = completeRun(schema, "reused", kills);

        String context = "seed " + seed + ", " + kills;
        assertThat(report.get("prints_new").asLong()).as(context).isZero();
        assertSameReport(report, context);
        // the earlier account's rows untouched, the killed account's rows those of the uninterrupted run
        assertSameTables(byRow(tables(schema)), byRow(union(beforeKills, freshReference)), context);
    }

    /**
     * Starts the replay {@link #KILLS} times and kills each run at a random point: the first one of a fresh schema
     * a random delay of up to {@link #START_KILL_MILLIS} after its schema appears (the migration, the ingest of the
     * tape), the others once the engine has taken the account past a random number of prints beyond where the last
     * run left it (the prints behind its watermarks, polled), so they land between the engine's units whatever the
     * machine's speed. A run that finished first is noted, not killed.
     */
    private List<String> killRepeatedly(String schema, String label) throws Exception {
        List<String> points = new ArrayList<>();
        for (int i = 1; i <= KILLS; i++) {
            boolean atStart = i == 1 && label.equals("fresh");
            long delay = (long) (random.nextDouble() * START_KILL_MILLIS);
            long reached = exists(schema, "watermarks") ? query(behindWatermarksSql(schema)) : 0;
            long target = reached + (long) (random.nextDouble() * (PRINTS - reached));
            Path log = dir.resolve(label + "-killed-" + i + ".log");
            long started = System.nanoTime();
            Process child = start(schema, ACCOUNT, dir.resolve(label + "-killed-" + i + ".json"), log);
            boolean finished = atStart ? awaitSchemaThenWait(child, schema, delay) : awaitProgress(child, schema, target);
            String point = label + " #" + i + (atStart ? " " + delay + " ms after the schema appeared"
                    : " past " + target + " prints (from " + reached + ")");
            if (finished) {
                assertThat(child.exitValue()).as("seed %d: %s: %s", seed, point, Files.readString(log)).isZero();
                points.add(point + ": finished first");
                continue;
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("seed %d: the killed child exits", seed).isTrue();
            assertThat(child.exitValue()).as("seed %d: killed by SIGKILL", seed).isEqualTo(SIGKILL_EXIT);
            points.add(point + ", killed " + (System.nanoTime() - started) / 1_000_000 + " ms after its start: "
                    + progress(schema));
        }
        System.out.println("kill -9 seed=" + seed + " " + points);
        return points;
    }

    /** True when the child exited before its schema appeared and {@code delay} passed. */
    private boolean awaitSchemaThenWait(Process child, String schema, long delay) throws Exception {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            while (query(s, "SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema + "'") == 0) {
                if (child.waitFor(10, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        }
        return child.waitFor(delay, TimeUnit.MILLISECONDS);
    }

    /** Polls until the account's watermarks are past {@code target} prints; true when the child exited first. */
    private boolean awaitProgress(Process child, String schema, long target) throws Exception {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            while (!child.waitFor(10, TimeUnit.MILLISECONDS)) {
                if (query(s, existsSql(schema, "watermarks")) > 0 && query(s, behindWatermarksSql(schema)) > target) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The prints at or before the account's watermark of their market: how far the engine took it. */
    private static String behindWatermarksSql(String schema) {
        return "SELECT count(*) FROM " + schema + ".market_trades m JOIN " + schema + ".watermarks w ON "
                + "w.account_id = '" + ACCOUNT + "' AND w.stream_key = m.condition_id AND (m.ts, m.trade_id) <= "
                + "(w.position_ts, w.position_id)";
    }

    private JsonNode completeRun(String schema, String label, List<String> kills) throws Exception {
        Path json = dir.resolve(label + "-final.json");
        Path log = dir.resolve(label + "-final.log");
        long started = System.nanoTime();
        assertCompletes(start(schema, ACCOUNT, json, log), log, "seed " + seed + ", the run after " + kills);
        System.out.println("kill -9 " + label + " completing run: " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return ReplayEndToEndTest.json(json);
    }

    private void assertSameReport(JsonNode report, String context) {
        ObjectNode actual = report.deepCopy();
        ObjectNode expected = referenceReport.deepCopy();
        actual.remove("prints_new");
        expected.remove("prints_new");
        assertThat(actual.toPrettyString()).as("the JSON report, " + context).isEqualTo(expected.toPrettyString());
    }

    /** Per table the rows of both (the tape, which both hold whole, once). */
    private static Map<String, List<String>> union(Map<String, List<String>> a, Map<String, List<String>> b) {
        Map<String, List<String>> union = new TreeMap<>();
        for (String table : a.keySet()) {
            java.util.Set<String> rows = new java.util.LinkedHashSet<>(a.get(table));
            rows.addAll(b.getOrDefault(table, List.of()));
            union.put(table, new ArrayList<>(rows));
        }
        return union;
    }

    /** Each table's rows sorted as text: the row set, whatever the accounts' order in the key. */
    private static Map<String, List<String>> byRow(Map<String, List<String>> tables) {
        Map<String, List<String>> sorted = new TreeMap<>();
        tables.forEach((table, rows) -> sorted.put(table, rows.stream().sorted().toList()));
        return sorted;
    }

    /** Table by table, the row count and the first differing row, so a failure says where. */
    private static void assertSameTables(Map<String, List<String>> actual, Map<String, List<String>> expected,
            String context) {
        assertThat(actual.keySet()).as("tables, " + context).isEqualTo(expected.keySet());
        for (String table : expected.keySet()) {
            List<String> a = actual.get(table);
            List<String> e = expected.get(table);
            for (int i = 0; i < Math.min(a.size(), e.size()); i++) {
                assertThat(a.get(i)).as("%s row %d (of %d), %s", table, i + 1, e.size(), context).isEqualTo(e.get(i));
            }
            assertThat(a.size()).as("%s rows, %s", table, context).isEqualTo(e.size());
        }
    }

    private Process start(String schema, String account, Path json, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC",
                // a short run on a busy machine: the quick compiler only, no time spent in the optimizing one
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), TradekitCommand.class.getName()));
        command.addAll(List.of(args(schema, account, json)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private String[] args(String schema, String account, Path json) {
        List<String> args = new ArrayList<>(List.of("replay", "--tape", tape.toString(), "--resolutions",
                resolutions.toString(), "--fee-bps", "20", "--store", "postgres", "--jdbc-url", server.jdbcUrl(),
                "--db-user", server.user(), "--db-schema", schema, "--account", account,
                // the shared machine is slow: a child that waits for a connection must not fail the test
                "--db-connect-timeout", "60", "--json", json.toString()));
        if (server.password() != null) {
            args.addAll(List.of("--db-password", server.password()));
        }
        return args.toArray(String[]::new);
    }

    private static void assertCompletes(Process child, Path log, String what) throws Exception {
        boolean done = child.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            child.destroyForcibly();
        }
        assertThat(done).as("%s finished in 120 s: %s", what, Files.readString(log)).isTrue();
        assertThat(child.exitValue()).as("%s: %s", what, Files.readString(log)).isZero();
    }

    private String schema() {
        String schema = server.freshSchema(ReplayKillNineTest.class);
        schemas.add(schema);
        return schema;
    }

    /** What a killed run left: the tape stored, and the account's watermarks, trades and decisions. */
    private String progress(String schema) throws SQLException {
        if (!exists(schema, "market_trades")) {
            return "before the migration";
        }
        return "tape " + count(schema, "market_trades") + "/" + PRINTS + ", "
                + (exists(schema, "watermarks") ? query(behindWatermarksSql(schema)) : 0) + " prints behind the watermarks"
                + ", watermarks " + countOf(schema, "watermarks") + ", trades " + countOf(schema, "trades")
                + ", decisions " + countOf(schema, "decisions");
    }

    private long countOf(String schema, String table) throws SQLException {
        return exists(schema, table) ? query("SELECT count(*) FROM " + schema + "." + table
                + " WHERE account_id = '" + ACCOUNT + "'") : -1;
    }

    private long count(String schema, String table) throws SQLException {
        return exists(schema, table) ? query("SELECT count(*) FROM " + schema + "." + table) : 0;
    }

    private boolean exists(String schema, String table) throws SQLException {
        return query(existsSql(schema, table)) > 0;
    }

    private static String existsSql(String schema, String table) {
        return "SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + schema
                + "' AND table_name = '" + table + "'";
    }

    private long query(String sql) throws SQLException {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            return query(s, sql);
        }
    }

    private static long query(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Every kit table of a schema, each row as text in primary-key order; identity columns as their rank. Flyway's
     * history is left out (wall-clock times).
     */
    private Map<String, List<String>> tables(String schema) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + schema + "' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'flyway%' ORDER BY 1")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                Map<String, Boolean> columns = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT column_name, is_identity = 'YES' FROM "
                        + "information_schema.columns WHERE table_schema = '" + schema + "' AND table_name = '" + table
                        + "' ORDER BY ordinal_position")) {
                    while (rs.next()) {
                        columns.put(rs.getString(1), rs.getBoolean(2));
                    }
                }
                List<String> key = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON "
                        + "a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indisprimary AND i.indrelid = '"
                        + schema + "." + table + "'::regclass ORDER BY array_position(i.indkey, a.attnum)")) {
                    while (rs.next()) {
                        key.add(rs.getString(1));
                    }
                }
                assertThat(key).as("primary key of " + table).isNotEmpty();
                // an identity value is compared as its rank within its account (accounts run in either order)
                String partition = columns.containsKey("account_id") ? "PARTITION BY account_id " : "";
                List<String> select = new ArrayList<>();
                columns.forEach((column, identity) -> select.add(identity
                        ? "'" + column + "#' || row_number() OVER (" + partition + "ORDER BY " + column + ")"
                        : "'" + column + "=' || coalesce(" + column + "::text, 'null')"));
                List<String> order = new ArrayList<>();
                for (String column : key) {
                    if (columns.get(column)) {
                        order.add(columns.containsKey("account_id") ? "account_id" : "1");
                        order.add("row_number() OVER (" + partition + "ORDER BY " + column + ")");
                    } else {
                        order.add(column);
                    }
                }
                List<String> rows = new ArrayList<>();
                List<String> sortKeys = new ArrayList<>();
                List<String> sortNames = new ArrayList<>();
                for (int i = 0; i < order.size(); i++) {
                    sortKeys.add(order.get(i) + " AS k" + i);
                    sortNames.add("k" + i);
                }
                try (ResultSet rs = s.executeQuery("SELECT line FROM (SELECT concat_ws(' ', " + String.join(", ", select)
                        + ") AS line, " + String.join(", ", sortKeys) + " FROM " + schema + "." + table
                        + ") t ORDER BY " + String.join(", ", sortNames))) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                tables.put(table, rows);
            }
        }
        assertThat(tables).as("tables of " + schema).containsKeys("market_trades", "positions", "watermarks");
        return tables;
    }
}
