package io.tradekit.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradekit.adapters.postgres.PostgresTestServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI end to end, in-process, on the tiny hand-made tape of src/test/resources/replay.
 *
 * <h2>The tape, worked by hand</h2>
 * Settings: threshold 0.95, stake 10, fee 20 bps, max age 300 s, max open positions 3, capital 1000, UTC.
 * Prints in received_at order (the file has t07/t08, t06/t13 and the repeated t02 out of that order):
 * <pre>
 *  t01 c1 y1 0.60  10:00:01  below the threshold
 *  t02 c1 y1 0.96  11:00:01  FIRST HIT (c1, y1): entry 1, BUY 10.41666666 (10 / 0.96 = 10.41666666|666..
 *                            rounded down to 8 places) at 0.96: 10.41666666 x 0.96 = 9.9999999936, notional
 *                            rounded half-even to 8 places 9.99999999; fee 9.99999999 x 0.002 = 0.01999999998
 *                            -> 0.02000000
 *  t03 c1 y1 0.97  11:00:01  same timestamp as t02, later id: processed, but c1 already fired
 *  t04 c1 n1 0.03  11:30:00
 *  t02 (again)     11:45:00  LATE: the same print received twice, not after c1's watermark (t04)
 *  t05 c2 y2 0.95  12:00:00  FIRST HIT at exactly the threshold: entry 2, BUY 10.52631578 (10 / 0.95 =
 *                            10.52631578|947..) x 0.95 = 9.999999991 -> 9.99999999, fee 0.01999999998 -> 0.02
 *  t08 c3 y3 0.50  13:06:00  (timestamp 13:05)
 *  t07 c3 y3 0.98  13:10:00  LATE: timestamp 13:00 is before c3's watermark 13:05 (and 600 s old: it would
 *                            also be stale; late counts first). Never fires although 0.98 >= 0.95
 *  t09 c3 y3 0.99  14:06:00  STALE: 360 s old > 300 s, never fires
 *  t10 c3 n3 0.96  15:00:02  FIRST HIT (c3, n3): entry 3, 10.41666666 at 0.96 = 9.99999999, fee 0.02;
 *                            open positions were 2, now 3
 *  t11 c3 n3 0.90  16:00:01  the last print of n3: c3 never resolves, so n3 is marked at 0.90
 *  t12 c4 y4 0.955 17:00:00  FIRST HIT (c4, y4), but a 4th open position breaks max-open-positions 3:
 *                            REJECTED BY RISK, no entry
 *  -- 03-02 06:00 c4 resolves (nothing held)
 *  t13 c4 y4 0.99  07:00:01  after c4's resolution: skipped
 *  t06 c2 n2 0.97  09:00:01  c2's other token: (c2, 0.95) already fired, no second trigger
 *  t14 c5 y1 0.98  10:00:01  c1's token relisted under c5: (y1, 0.95) already fired, no trigger
 *  -- 03-02 12:00 c1 resolves, y1 wins: entry 1 pays 10.41666666 x 1 - 9.99999999 = +0.41666667, net of fee
 *                 0.41666667 - 0.02 = +0.39666667
 *  t15 c6 y6 0.96  13:00:00  FIRST HIT (c6, y6): 2 positions open (c2, c3), entry 4: 10.41666666 at 0.96
 * After the tape: open positions marked at their last print (c3/n3 at 0.90: value 10.41666666 x 0.90
 * = 9.374999994 -> 9.37499999, unrealized 9.37499999 - 9.99999999 = -0.625); then the later resolutions,
 * in time order:
 *  -- 03-03 12:00 c2 resolves, n2 wins: entry 2 pays 0: -9.99999999 - 0.02 = -10.01999999
 *  -- 03-04 00:00 c6 resolves, y6 wins: entry 4: +0.39666667
 *  (c9 resolves on 03-10 but never traded on the tape: ignored, it does not stretch the window.)
 * </pre>
 * Counts: 16 prints, 15 new (t02 twice), late 2 (t02 again, t07), stale 1 (t09), after resolution 1 (t13),
 * triggers 5 (c1, c2, c3, c4, c6), entries 4, rejected by risk 1 (c4); closed 3 (2 wins, 1 loss), open 1.
 *
 * <p>Money: net profit 0.39666667 x 2 - 10.01999999 = 0.79333334 - 10.01999999 = -9.22666665; gross profit
 * 0.79333334, gross loss 10.01999999, profit factor 0.79333334 / 10.01999999 = 0.079174984110953078...;
 * average win 0.39666667, average loss 10.01999999; expectancy 2/3 x 0.39666667 - 1/3 x 10.01999999
 * = -9.22666665 / 3 = -3.07555555 (= net / 3, exact); ending equity 1000 - 9.22666665 = 990.77333335.
 *
 * <p>Curve and ratios. Window: first print received (03-01 10:00:01) to the second after the last close
 * (03-04 00:00:01): days 03-01 .. 03-04. Daily equity 1000, 1000 + 0.39666667 = 1000.39666667,
 * 1000.39666667 - 10.01999999 = 990.37666668, 990.37666668 + 0.39666667 = 990.77333335, so daily returns
 * r1 = 0, r2 = 0.39666667 / 1000 = 0.00039666667, r3 = -10.01999999 / 1000.39666667 = -0.010016026965936792,
 * r4 = 0.39666667 / 990.37666668 = 0.00040052101725066865.
 * mean = (r1 + r2 + r3 + r4) / 4 = -0.0023047098196715307; stdev (n-1) = sqrt(sum (r - mean)^2 / 3)
 * = 0.0051443110424092053; Sharpe = mean / stdev x sqrt(365) = -8.5592451383555904; Sortino = mean
 * / sqrt(r3^2 / 4) x sqrt(365) = mean / 0.0050080134829683958 x sqrt(365) = -8.7921926387928296.
 * Max drawdown: peak 1000.39666667 (03-02 12:00) to trough 990.37666668 (03-03 12:00) = 10.01999999, i.e.
 * 10.01999999 / 1000.39666667 = 0.010016026965936792 of the peak, which the JSON's max_drawdown_pct gives as
 * a percent: 1.0016026965936792. CAGR = (990.77333335 / 1000)^(365/4) - 1 = -0.57080396617256246;
 * Calmar = CAGR / max drawdown fraction = -0.57080396617256246 / 0.010016026965936792 = -56.989060444205342.
 */
class ReplayEndToEndTest {
    static final String TAPE = Cli.resource("replay/tiny-tape.csv");
    static final String RESOLUTIONS = Cli.resource("replay/tiny-resolutions.csv");
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    static List<String> tinyTapeArgs(Path json, String... more) {
        List<String> args = new ArrayList<>(List.of("replay", "--tape", TAPE, "--resolutions", RESOLUTIONS,
                "--fee-bps", "20", "--max-open-positions", "3", "--json", json.toString()));
        args.addAll(List.of(more));
        return args;
    }

    static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(file.toFile());
    }

    /** Every figure of the class comment. */
    static void assertTinyTapeFigures(JsonNode r, long printsNew) {
        assertThat(r.get("prints").asLong()).isEqualTo(16);
        assertThat(r.get("prints_new").asLong()).isEqualTo(printsNew);
        assertThat(r.get("late_skipped").asLong()).isEqualTo(2);
        assertThat(r.get("stale_skipped").asLong()).isEqualTo(1);
        assertThat(r.get("resolved_skipped").asLong()).isEqualTo(1);
        assertThat(r.get("triggers").asLong()).isEqualTo(5);
        assertThat(r.get("entries").asLong()).isEqualTo(4);
        assertThat(r.get("rejected_by_risk").asLong()).isEqualTo(1);
        assertThat(r.get("closed").asLong()).isEqualTo(3);
        assertThat(r.get("open").asLong()).isEqualTo(1);
        assertThat(r.get("wins").asLong()).isEqualTo(2);
        assertThat(r.get("losses").asLong()).isEqualTo(1);
        assertThat(r.get("breakevens").asLong()).isEqualTo(0);
        exact(r, "net_profit", "-9.22666665");
        exact(r, "gross_profit", "0.79333334");
        exact(r, "gross_loss", "10.01999999");
        exact(r, "average_win", "0.39666667");
        exact(r, "average_loss", "10.01999999");
        exact(r, "largest_win", "0.39666667");
        exact(r, "largest_loss", "10.01999999");
        exact(r, "expectancy", "-3.07555555");
        exact(r, "max_drawdown", "10.01999999");
        exact(r, "starting_capital", "1000");
        exact(r, "ending_equity", "990.77333335");
        exact(r, "open_cost_basis", "9.99999999");
        exact(r, "unrealized_pnl", "-0.625");
        close(r, "win_rate", "0.66666666666666667");
        close(r, "profit_factor", "0.079174984110953078");
        close(r, "max_drawdown_pct", "1.0016026965936792");
        close(r, "sharpe", "-8.5592451383555904");
        close(r, "sortino", "-8.7921926387928296");
        close(r, "cagr", "-0.57080396617256246");
        close(r, "calmar", "-56.989060444205342");
        assertThat(r.get("drawdown_peak_at").asText()).isEqualTo("2026-03-02T12:00:00Z");
        assertThat(r.get("drawdown_trough_at").asText()).isEqualTo("2026-03-03T12:00:00Z");
        assertThat(r.get("run").get("window_start").asText()).isEqualTo("2026-03-01T10:00:01Z");
        assertThat(r.get("run").get("window_end").asText()).isEqualTo("2026-03-04T00:00:01Z");
        assertThat(r.get("daily_equity")).extracting(d -> d.get("day").asText() + "=" + d.get("equity").decimalValue()
                .stripTrailingZeros().toPlainString())
                .containsExactly("2026-03-01=1000", "2026-03-02=1000.39666667", "2026-03-03=990.37666668",
                        "2026-03-04=990.77333335");
    }

    private static void exact(JsonNode report, String key, String expected) {
        assertThat(report.get(key).isNumber()).as(key + " is a JSON number").isTrue();
        assertThat(report.get(key).decimalValue()).as(key).isEqualByComparingTo(expected);
    }

    /** Ratios are rounded to 16 significant digits by the analytics; the hand figures carry 17. */
    private static void close(JsonNode report, String key, String expected) {
        assertThat(report.get(key).isNumber()).as(key + " is a JSON number").isTrue();
        BigDecimal value = new BigDecimal(expected);
        assertThat(report.get(key).decimalValue()).as(key)
                .isCloseTo(value, within(value.abs().multiply(new BigDecimal("1e-14")).max(new BigDecimal("1e-16"))));
    }

    @Nested
    class OnTheInMemoryStore {
        @Test
        void replaysTheTinyTapeAsWorkedOutByHand(@TempDir Path dir) throws IOException {
            Path json = dir.resolve("report.json");

            Cli.Result result = Cli.run(tinyTapeArgs(json).toArray(String[]::new));

            assertThat(result.err()).startsWith("wrote " + json);
            assertThat(result.exitCode()).isZero();
            assertTinyTapeFigures(json(json), 15);
            assertThat(result.out()).contains("store memory, account replay")
                    .contains(line("prints", "16"), line("late (skipped)", "2"), line("stale (skipped)", "1"),
                            line("after resolution (skipped)", "1"), line("triggers", "5"), line("entries", "4"),
                            line("rejected by risk", "1"), line("net profit", "-9.23"), line("win rate", "66.67%"),
                            line("sharpe", "-8.56"), line("equity", "1,000.00 -> 990.77"));
        }

        @Test
        void writesTheHtmlReport(@TempDir Path dir) throws IOException {
            Path html = dir.resolve("report.html");

            Cli.Result result = Cli.run(tinyTapeArgs(dir.resolve("r.json"), "--html", html.toString())
                    .toArray(String[]::new));

            assertThat(result.exitCode()).isZero();
            assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("-9.23", "990.77", "<svg ");
        }

        @Test
        void withoutRiskLimitsTheRejectedEntryIsTaken(@TempDir Path dir) throws IOException {
            Path json = dir.resolve("report.json");

            Cli.Result result = Cli.run("replay", "--tape", TAPE, "--resolutions", RESOLUTIONS, "--fee-bps", "20",
                    "--json", json.toString());

            // c4's entry now happens: 10 / 0.955 = 10.47120418|848.. -> 10.47120418 at 0.955 = 9.9999999919
            // -> 9.99999999, fee 9.99999999 x 0.002 = 0.01999999998 -> 0.02; c4 resolves for y4:
            // +10.47120418 - 9.99999999 = 0.47120419, net 0.47120419 - 0.02 = 0.45120419;
            // net profit -9.22666665 + 0.45120419 = -8.77546246
            assertThat(result.exitCode()).isZero();
            JsonNode r = json(json);
            assertThat(r.get("entries").asLong()).isEqualTo(5);
            assertThat(r.get("rejected_by_risk").asLong()).isZero();
            assertThat(r.get("wins").asLong()).isEqualTo(3);
            assertThat(r.get("net_profit").decimalValue()).isEqualByComparingTo("-8.77546246");
        }
    }

    /** Each test in a schema of its own: the tape is shared by every account of a store. */
    @Nested
    class OnPostgres {
        private final PostgresTestServer server = PostgresTestServer.get();
        private String schema;

        @BeforeEach
        void freshSchema() {
            schema = server.freshSchema(ReplayEndToEndTest.class);
        }

        @AfterEach
        void dropSchema() {
            server.dropSchema(schema);
        }

        private String[] postgresArgs(Path json, String account) {
            List<String> args = tinyTapeArgs(json, "--store", "postgres", "--jdbc-url", server.jdbcUrl(), "--db-user",
                    server.user(), "--db-schema", schema, "--account", account);
            if (server.password() != null) {
                args.addAll(List.of("--db-password", server.password()));
            }
            return args.toArray(String[]::new);
        }

        @Test
        void replaysTheTinyTapeAsWorkedOutByHand(@TempDir Path dir) throws Exception {
            Path json = dir.resolve("report.json");

            Cli.Result result = Cli.run(postgresArgs(json, "e2e-" + ACCOUNTS.incrementAndGet()));

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("store postgres");
            assertTinyTapeFigures(json(json), 15);
        }

        @Test
        void runningTheSameReplayAgainWritesNothingAndReportsTheSame(@TempDir Path dir) throws Exception {
            String account = "e2e-" + ACCOUNTS.incrementAndGet();
            // the first run fills the empty store
            Path first = dir.resolve("first.json");
            Path second = dir.resolve("second.json");
            Cli.Result firstRun = Cli.run(postgresArgs(first, account));
            assertThat(firstRun.exitCode()).as(firstRun.err()).isZero();
            Map<String, String> before = snapshot();

            Cli.Result secondRun = Cli.run(postgresArgs(second, account));

            assertThat(secondRun.exitCode()).as(secondRun.err()).isZero();
            assertThat(snapshot()).as("every table, row for row").isEqualTo(before);
            // the prints were all on the tape already; everything else is the same report
            assertThat(json(second).get("prints_new").asLong()).isZero();
            assertTinyTapeFigures(json(second), 0);
            ObjectMapper mapper = new ObjectMapper();
            JsonNode a = json(first);
            JsonNode b = json(second);
            ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("prints_new");
            ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("prints_new");
            assertThat(mapper.writeValueAsString(b)).isEqualTo(mapper.writeValueAsString(a));
            assertThat(withoutNewPrints(secondRun.out())).isEqualTo(withoutNewPrints(firstRun.out()));
        }

        /**
         * docs/replay.md: "use a fresh --account for each strategy variant". The tape is shared by the
         * store's accounts, so the second account's run finds every print already stored; it must still
         * see them one at a time as received (no look-ahead: at t01 it must not fire on t02, at t08 not on
         * t09, which is stale when received) and report exactly the hand-worked figures.
         */
        @Test
        void aSecondAccountOnTheSameStoreReplaysTheTapeAsWorkedOutByHand(@TempDir Path dir) throws Exception {
            Path first = dir.resolve("first.json");
            Path second = dir.resolve("second.json");
            Cli.Result firstRun = Cli.run(postgresArgs(first, "e2e-" + ACCOUNTS.incrementAndGet()));
            assertThat(firstRun.exitCode()).as(firstRun.err()).isZero();

            Cli.Result secondRun = Cli.run(postgresArgs(second, "e2e-" + ACCOUNTS.incrementAndGet()));

            assertThat(secondRun.exitCode()).as(secondRun.err()).isZero();
            assertTinyTapeFigures(json(second), 0);
        }

        @Test
        void badInputWritesNothing(@TempDir Path dir) throws Exception {
            String otherSchema = server.freshSchema(ReplayEndToEndTest.class);
            try {
                List<String> args = new ArrayList<>(List.of("replay", "--tape", Cli.resource("replay/bad-tape.csv"),
                        "--store", "postgres", "--jdbc-url", server.jdbcUrl(), "--db-user", server.user(),
                        "--db-schema", otherSchema, "--json", dir.resolve("r.json").toString()));
                if (server.password() != null) {
                    args.addAll(List.of("--db-password", server.password()));
                }

                Cli.Result result = Cli.run(args.toArray(String[]::new));

                assertThat(result.exitCode()).isEqualTo(2);
                assertThat(result.out()).isEmpty();
                assertThat(Files.exists(dir.resolve("r.json"))).isFalse();
                // the store was never opened: not even the schema's tables exist
                assertThat(tablesIn(otherSchema)).isEmpty();
            } finally {
                server.dropSchema(otherSchema);
            }
        }

        private List<String> tablesIn(String someSchema) throws SQLException {
            List<String> tables = new ArrayList<>();
            try (Connection c = server.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                            + someSchema + "' ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return tables;
        }

        /** Per table of the schema: its row count and a digest of every row, so any write shows. */
        /** Issue 9 case 4: a print stored by an earlier run, replayed with another price, passed silently. */
        @Test
        void aPrintTheStoreHoldsWithOtherValuesRefusesTheRunAndWritesNothing(@TempDir Path dir) throws Exception {
            String account = "e2e-" + ACCOUNTS.incrementAndGet();
            Cli.Result firstRun = Cli.run(postgresArgs(dir.resolve("first.json"), account));
            assertThat(firstRun.exitCode()).as(firstRun.err()).isZero();
            Map<String, String> before = snapshot();
            // the same tape, t02 edited from 0.96 to 0.50, and one print the store has never seen
            String edited = Files.readString(Path.of(TAPE)).replace("t02,c1,y1,0.96,", "t02,c1,y1,0.50,")
                    + "t99,c9,y9,0.50,1,BUY,2026-03-05T00:00:00Z,\n";
            Path editedTape = Files.writeString(dir.resolve("edited.csv"), edited);
            List<String> args = new ArrayList<>(List.of(postgresArgs(dir.resolve("second.json"), "other-" + account)));
            args.set(args.indexOf(TAPE), editedTape.toString());

            Cli.Result second = Cli.run(args.toArray(String[]::new));

            assertThat(second.exitCode()).as(second.err()).isEqualTo(2);
            assertThat(second.out()).isEmpty();
            assertThat(second.err().lines().toList()).containsExactly(
                    editedTape + ":3: trade_id: 't02' is on the store's tape with other values: price stored 0.96, new 0.5",
                    "tradekit: 1 print conflicts with the store's tape; nothing was written");
            assertThat(snapshot()).as("nothing written").isEqualTo(before);
        }

        /**
         * Issue 9 case 7: one dropped connection aborted the whole run. Here every session of the store is terminated
         * from another connection (pg_terminate_backend) several times mid-replay: the kit retries the unit of work
         * that failed and the run ends in the very state of an uninterrupted run.
         */
        @Test
        void backendsTerminatedMidReplayAreRetriedToTheStateOfAnUninterruptedRun(@TempDir Path dir) throws Exception {
            String account = "e2e-" + ACCOUNTS.incrementAndGet();
            Cli.Result reference = Cli.run(postgresArgs(dir.resolve("reference.json"), account));
            assertThat(reference.exitCode()).as(reference.err()).isZero();
            Map<String, String> uninterrupted = rows(schema);
            String interruptedSchema = server.freshSchema(ReplayEndToEndTest.class);
            try {
                List<String> args = new ArrayList<>(List.of(postgresArgs(dir.resolve("interrupted.json"), account)));
                args.set(args.indexOf(schema), interruptedSchema);
                AtomicInteger terminated = new AtomicInteger();
                Thread killer = new Thread(() -> terminateMidRun(interruptedSchema, terminated));
                killer.setDaemon(true);
                killer.start();

                // the pool's warnings about the dropped sessions must not reach the terminal either
                java.io.PrintStream terminal = System.err;
                java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
                Cli.Result interrupted;
                System.setErr(new java.io.PrintStream(captured, true));
                try {
                    interrupted = Cli.run(args.toArray(String[]::new));
                    killer.join(30_000);
                } finally {
                    System.setErr(terminal);
                }

                assertThat(captured.toString()).as("library logging on the terminal").isEmpty();
                assertThat(interrupted.err().lines().toList()).as("only the report file's line")
                        .allMatch(line -> line.startsWith("wrote "));

                assertThat(terminated.get()).as("sessions terminated mid-run").isPositive();
                assertThat(interrupted.exitCode()).as(interrupted.err()).isZero();
                assertTinyTapeFigures(json(dir.resolve("interrupted.json")), 15);
                assertThat(rows(interruptedSchema)).isEqualTo(uninterrupted);
            } finally {
                server.dropSchema(interruptedSchema);
            }
        }

        /** Issue 9 case 6: a statement timeout at start was called "not at tradekit's migration version". */
        @Test
        void aStatementTimeoutAtStartIsOneLineNamingItWithoutSql(@TempDir Path dir) throws Exception {
            String fresh = server.freshSchema(ReplayEndToEndTest.class);
            try {
                List<String> args = new ArrayList<>(List.of(postgresArgs(dir.resolve("r.json"), "timeout")));
                args.set(args.indexOf("--jdbc-url") + 1, server.jdbcUrl()
                        + (server.jdbcUrl().contains("?") ? "&" : "?") + "options=-c%20statement_timeout%3D1");
                args.set(args.indexOf(schema), fresh);

                Cli.Result result = Cli.run(args.toArray(String[]::new));

                assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
                List<String> lines = result.err().lines().toList();
                assertThat(lines).hasSize(2);
                // under load the server may report the 1 ms timeout's cancel as "due to user request": same state
                assertThat(lines.get(0)).contains("canceling statement due to").contains("57014")
                        .doesNotContain("migration version")
                        .doesNotContainIgnoringCase("select ").doesNotContainIgnoringCase("create ");
            } finally {
                server.dropSchema(fresh);
            }
        }

        /** Issue 9 case 6: a missing permission at start was called "not at tradekit's migration version". */
        @Test
        void aMissingPermissionAtStartIsNamedAsSuch(@TempDir Path dir) throws Exception {
            try (Connection c = server.connect(); Statement s = c.createStatement()) {
                s.execute("DO $$ BEGIN CREATE ROLE tradekit_no_rights LOGIN; EXCEPTION WHEN duplicate_object THEN NULL;"
                        + " END $$");
            }
            List<String> args = new ArrayList<>(List.of(postgresArgs(dir.resolve("r.json"), "perm")));
            args.set(args.indexOf("--db-user") + 1, "tradekit_no_rights");
            args.set(args.indexOf(schema), schema + "_none");

            Cli.Result result = Cli.run(args.toArray(String[]::new));

            assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
            List<String> lines = result.err().lines().toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).contains("permission denied").contains("42501")
                    .doesNotContain("migration version");
        }

        /** Waits for the replay's first commit (the tape), then terminates the store's sessions 3 times, 150 ms apart. */
        private void terminateMidRun(String target, AtomicInteger terminated) {
            try (Connection c = server.connect(); Statement s = c.createStatement()) {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (System.nanoTime() < deadline) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE "
                            + "table_schema = '" + target + "' AND table_name = 'market_trades'")) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            try (ResultSet tape = s.executeQuery("SELECT count(*) FROM " + target + ".market_trades")) {
                                tape.next();
                                if (tape.getLong(1) > 0) {
                                    break;
                                }
                            }
                        }
                    }
                    Thread.sleep(5);
                }
                for (int round = 0; round < 3; round++) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM "
                            + "pg_stat_activity WHERE application_name = 'tradekit:" + target + "'")) {
                        rs.next();
                        terminated.addAndGet(rs.getInt(1));
                    }
                    Thread.sleep(150);
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Every row of every kit table of a schema (not Flyway's history, which holds wall-clock times). */
        private Map<String, String> rows(String someSchema) throws SQLException {
            Map<String, String> digest = new TreeMap<>();
            for (String table : tablesIn(someSchema)) {
                if (table.startsWith("flyway")) {
                    continue;
                }
                try (Connection c = server.connect(); Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                                + "ORDER BY t::text)), '') FROM " + someSchema + "." + table + " t")) {
                    rs.next();
                    digest.put(table, rs.getString(1));
                }
            }
            assertThat(digest).as("tables of " + someSchema).hasSizeGreaterThan(3);
            return digest;
        }

        private Map<String, String> snapshot() throws SQLException {
            Map<String, String> digest = new TreeMap<>();
            for (String table : tablesIn(schema)) {
                try (Connection c = server.connect(); Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                                + "ORDER BY t::text)), '') FROM " + schema + "." + table + " t")) {
                    rs.next();
                    digest.put(table, rs.getString(1));
                }
            }
            assertThat(digest).as("tables of " + schema).isNotEmpty();
            return digest;
        }
    }

    @Nested
    class BadInput {
        @Test
        void aMalformedTapeStopsTheReplayWithEveryProblemLocated(@TempDir Path dir) {
            Path json = dir.resolve("r.json");
            String bad = Cli.resource("replay/bad-tape.csv");
            String badResolutions = Cli.resource("replay/bad-resolutions.csv");

            Cli.Result result = Cli.run("replay", "--tape", bad, "--resolutions", badResolutions, "--json",
                    json.toString());

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(Files.exists(json)).isFalse();
            assertThat(result.err().lines()).containsExactly(
                    bad + ":3: price: not a number: 'abc'",
                    bad + ":4: side: unknown side 'HOLD', expected BUY or SELL",
                    bad + ":5: price: a binary-token price must lie in [0, 1], got 1.30000000",
                    bad + ":6: timestamp: not an ISO-8601 instant like 2026-03-01T12:00:00Z: 'yesterday'",
                    bad + ":7: side: missing (the row has 5 columns, the header 8)",
                    badResolutions + ":3: condition_id: 'c1' is resolved twice (first at line 2)",
                    "tradekit: the input has 6 problems; nothing was written");
        }

        @Test
        void aDuplicateHeaderColumn(@TempDir Path dir) throws IOException {
            Path tape = dir.resolve("dup.csv");
            Files.writeString(tape, "trade_id,condition_id,token_id,price,size,side,timestamp,timestamp\n");

            Cli.Result result = Cli.run("replay", "--tape", tape.toString());

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).startsWith(tape + ":1: header: duplicate column 'timestamp'\n");
        }

        @Test
        void aBadOptionNamesTheOption() {
            Cli.Result result = Cli.run("replay", "--sample", "--threshold", "1.5");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).startsWith("tradekit: --threshold: must lie in (0, 1], got 1.50000000\n")
                    .contains("tradekit replay --help");
        }

        @Test
        void optionsThatCannotBeParsedOrCombined() {
            assertThat(Cli.run("replay", "--sample", "--stake", "ten").err())
                    .startsWith("tradekit: Invalid value for option '--stake': not a number: 'ten'");
            assertThat(Cli.run("replay", "--sample", "--tape", TAPE).err())
                    .startsWith("tradekit: --sample: replays the bundled files; leave out --tape and --resolutions");
            assertThat(Cli.run("replay").err()).startsWith("tradekit: --tape: missing: give --tape FILE");
            assertThat(Cli.run("replay", "--sample", "--zone", "Mars/Olympus").err())
                    .startsWith("tradekit: --zone: unknown time zone 'Mars/Olympus'");
            assertThat(Cli.run("replay", "--sample", "--store", "postgres").err())
                    .startsWith("tradekit: --jdbc-url: --store postgres needs --jdbc-url URL (or TRADEKIT_JDBC_URL)");
            assertThat(Cli.run("replay", "--tape", "no/such/tape.csv").err())
                    .startsWith("tradekit: --tape: no such file: no/such/tape.csv");
            assertThat(Cli.run("replay", "--sample", "--json", "/no/such/dir/r.json").err())
                    .startsWith("tradekit: --json: the directory /no/such/dir does not exist");
            assertThat(Cli.run("replay", "--sample", "--bogus").exitCode()).isEqualTo(2);
        }
    }

    /**
     * Issue 9 case 5: prints, resolutions and the report window at both ends of the kit's time range
     * (Times.EARLIEST, Times.LATEST), on both stores. A print at the last microsecond used to be written and
     * the run then failed computing the window's end one microsecond past the range.
     */
    @Nested
    class TimeRangeEnds {
        private final PostgresTestServer server = PostgresTestServer.get();

        static final String END_TAPE = "trade_id,condition_id,token_id,price,size,side,timestamp,received_at\n"
                + "end-1,c-end,y-end,0.50,1,BUY,9999-12-31T23:59:58Z,\n"
                + "end-2,c-end,y-end,0.96,1,BUY,9999-12-31T23:59:59.5Z,9999-12-31T23:59:59.999998Z\n";
        static final String END_RESOLUTIONS = "condition_id,winning_token_id,resolved_at\n"
                + "c-end,y-end,9999-12-31T23:59:59.999999Z\n";
        static final String START_TAPE = "trade_id,condition_id,token_id,price,size,side,timestamp,received_at\n"
                + "start-1,c-start,y-start,0.96,1,BUY,0001-01-01T00:00:00Z,\n";
        static final String START_RESOLUTIONS = "condition_id,winning_token_id,resolved_at\n"
                + "c-start,y-start,0001-01-01T00:00:01Z\n";

        private Cli.Result replay(Path dir, String tape, String resolutions, Path json, String... more)
                throws IOException {
            Path t = Files.writeString(dir.resolve("tape.csv"), tape);
            Path r = Files.writeString(dir.resolve("res.csv"), resolutions);
            List<String> args = new ArrayList<>(List.of("replay", "--tape", t.toString(), "--resolutions",
                    r.toString(), "--json", json.toString()));
            args.addAll(List.of(more));
            return Cli.run(args.toArray(String[]::new));
        }

        private String[] postgres(String schema) {
            List<String> args = new ArrayList<>(List.of("--store", "postgres", "--jdbc-url", server.jdbcUrl(),
                    "--db-user", server.user(), "--db-schema", schema));
            if (server.password() != null) {
                args.addAll(List.of("--db-password", server.password()));
            }
            return args.toArray(String[]::new);
        }

        private void assertOneWinningEntry(Cli.Result result, Path json) throws IOException {
            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode r = json(json);
            assertThat(r.get("entries").asLong()).isEqualTo(1);
            assertThat(r.get("closed").asLong()).isEqualTo(1);
            assertThat(r.get("wins").asLong()).isEqualTo(1);
            // 10 / 0.96 = 10.41666666 at 0.96 = 9.99999999, settled at 1: +0.41666667
            assertThat(r.get("net_profit").decimalValue()).isEqualByComparingTo("0.41666667");
        }

        @Test
        void theLastMicrosecondOfTheRangeInMemory(@TempDir Path dir) throws IOException {
            Path json = dir.resolve("r.json");
            assertOneWinningEntry(replay(dir, END_TAPE, END_RESOLUTIONS, json), json);
        }

        @Test
        void theFirstInstantOfTheRangeInMemory(@TempDir Path dir) throws IOException {
            Path json = dir.resolve("r.json");
            assertOneWinningEntry(replay(dir, START_TAPE, START_RESOLUTIONS, json), json);
        }

        @Test
        void bothEndsOfTheRangeOnPostgresAndAgainOnTheSameStore(@TempDir Path dir) throws IOException {
            String schema = server.freshSchema(ReplayEndToEndTest.class);
            try {
                for (int run = 0; run < 2; run++) {
                    Path end = dir.resolve("end-" + run + ".json");
                    assertOneWinningEntry(replay(dir, END_TAPE, END_RESOLUTIONS, end, postgres(schema)), end);
                    Path start = dir.resolve("start-" + run + ".json");
                    assertOneWinningEntry(replay(dir, START_TAPE, START_RESOLUTIONS, start, postgres(schema)), start);
                }
            } finally {
                server.dropSchema(schema);
            }
        }
    }

    @Nested
    class RuntimeFailures {
        private final String[] unreachable = {"replay", "--tape", TAPE, "--store", "postgres", "--jdbc-url",
                "jdbc:postgresql://127.0.0.1:1/nowhere", "--db-user", "someone", "--db-password", "s3cret-pw"};

        @Test
        void anUnreachableStoreIsOneClearLineAndExitOne() {
            Cli.Result result = Cli.run(unreachable);

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).isEmpty();
            List<String> lines = result.err().lines().toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).startsWith("tradekit: ").contains("127.0.0.1:1").doesNotContain("s3cret-pw");
            assertThat(lines.get(1)).isEqualTo("(run again with --verbose for the stack trace)");
        }

        /** Issue 9 case 1: a server that accepts and never answers used to hang the replay for ever. */
        @Test
        void aServerThatAcceptsAndNeverAnswersFailsWithinTheConnectTimeout() throws Exception {
            try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                List<Socket> accepted = new CopyOnWriteArrayList<>();
                Thread acceptor = new Thread(() -> {
                    try {
                        while (true) {
                            accepted.add(silent.accept()); // and never a byte back
                        }
                    } catch (IOException closed) {
                        // the test is over
                    }
                });
                acceptor.setDaemon(true);
                acceptor.start();
                String host = "127.0.0.1:" + silent.getLocalPort();

                long start = System.nanoTime();
                Cli.Result result = Cli.run("replay", "--tape", TAPE, "--store", "postgres", "--jdbc-url",
                        "jdbc:postgresql://" + host + "/test", "--db-user", "someone", "--db-connect-timeout", "2");
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
                assertThat(took).isLessThan(Duration.ofSeconds(15));
                assertThat(accepted).isNotEmpty();
                List<String> lines = result.err().lines().toList();
                assertThat(lines).hasSize(2);
                assertThat(lines.get(0)).startsWith("tradekit: ").contains(host).contains("2 s");
                for (Socket s : accepted) {
                    s.close();
                }
            }
        }

        /** Issue 9 case 3: a password in the URL's user info was printed twice without --verbose. */
        @Test
        void aPasswordInTheUrlsUserInfoIsNeverPrinted() {
            for (String url : List.of("jdbc:postgresql://someone:Pw-In-Url-77@127.0.0.1:1/nowhere",
                    "jdbc:postgresql://127.0.0.1:1/nowhere?PassWord=Pw-In-Url-77",
                    "jdbc:postgresql://127.0.0.1:1/nowhere?sslpassword=Pw-In-Url-77&ssl=true",
                    "jdbc:postgresql://127.0.0.1:1/nowhere?pass%77ord=Pw-In-Url-77")) {
                List<String> args = new ArrayList<>(List.of("replay", "--tape", TAPE, "--store", "postgres",
                        "--jdbc-url", url, "--db-user", "someone", "--db-connect-timeout", "2"));
                Cli.Result plain = Cli.run(args.toArray(String[]::new));
                args.add("--verbose");
                Cli.Result verbose = Cli.run(args.toArray(String[]::new));

                assertThat(plain.exitCode()).as(url).isEqualTo(1);
                assertThat(plain.err()).as(url).contains("127.0.0.1:1").doesNotContain("Pw-In-Url-77");
                assertThat(verbose.err()).as(url).contains("\tat ").doesNotContain("Pw-In-Url-77");
            }
        }

        /** Issue 9 case 10: the heap running out ended in a raw OutOfMemoryError stack trace. */
        @Test
        void runningOutOfMemoryIsOneLineNamingTheSettingToRaise() {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            // the environment is read inside the replay: the heap runs out there
            Function<String, String> exhausted = name -> {
                throw new OutOfMemoryError("Java heap space");
            };

            int code = TradekitCommand.execute(new String[] {"replay", "--tape", TAPE, "--store", "postgres"},
                    new PrintWriter(out), new PrintWriter(err), exhausted);

            assertThat(code).isEqualTo(1);
            List<String> lines = err.toString().lines().toList();
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).startsWith("tradekit: out of memory").contains("TRADEKIT_JAVA_OPTS=-Xmx");
        }

        @Test
        void verboseAddsTheStackTrace() {
            List<String> args = new ArrayList<>(List.of(unreachable));
            args.add("--verbose");

            Cli.Result result = Cli.run(args.toArray(String[]::new));

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("\tat ").doesNotContain("s3cret-pw");
        }

        @Test
        void credentialsComeFromTheEnvironmentToo() {
            Cli.Result result = Cli.run(Map.of("TRADEKIT_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/nowhere",
                    "TRADEKIT_DB_USER", "someone"), "replay", "--tape", TAPE, "--store", "postgres");

            // it got as far as trying to connect: the options were complete
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("127.0.0.1:1");
        }
    }

    @Nested
    class Help {
        @Test
        void documentsEveryOptionWithItsDefault() {
            Cli.Result result = Cli.run("replay", "--help");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out().replaceAll("\\s+", " ")).contains("--tape=FILE", "--resolutions=FILE", "--sample", "Default: 0.95",
                    "--max-age=SECONDS", "Default: 300", "--stake=MONEY", "Default: 10", "--fee-bps=BPS", "Default: 0",
                    "--max-daily-loss=MONEY", "--max-capital-at-risk=MONEY", "--max-open-positions=N",
                    "--max-trades-per-day=N", "Default: none", "--starting-capital=MONEY", "Default: 1000",
                    "--zone=ZONE", "Default: UTC", "--periods-per-year=P", "Default: 365", "--store=memory|postgres",
                    "Default: memory", "--jdbc-url=URL", "$TRADEKIT_JDBC_URL", "$TRADEKIT_DB_USER",
                    "$TRADEKIT_DB_PASSWORD", "--account=ID", "Default: replay", "--json=FILE", "--html=FILE",
                    "--verbose", "Exit codes:");
        }

        @Test
        void theTopLevelHelpListsTheCommands() {
            Cli.Result result = Cli.run("--help");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("replay", "sample", "Exit codes:");
        }

        @Test
        void sampleHelpDocumentsItsDefaults() {
            assertThat(Cli.run("sample", "--help").out().replaceAll("\\s+", " ")).contains("--out=DIR", "--markets=N", "Default: 24",
                    "--prints=N", "Default: 12000", "--seed=S", "Default: 7");
        }
    }

    static String line(String label, String value) {
        return String.format("  %-28s%12s", label, value);
    }

    private static String withoutNewPrints(String summary) {
        return summary.lines().filter(l -> !l.contains("new to the store")).reduce("", (a, b) -> a + b + "\n");
    }
}
