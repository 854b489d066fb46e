package io.tradekit.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.postgres.PostgresStore;
import io.tradekit.adapters.postgres.PostgresTestServer;
import io.tradekit.bootstrap.sample.SampleGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Issue 11, point 6: {@code tradekit replay} on PostgreSQL (the embedded server) over a generated tape of
 * {@code -Dtradekit.benchmark.prints} prints (default 1,000,000), against a plain COPY of the same prints into the
 * tape table of another fresh schema, in one process, the COPY first. The replay is the whole command, in-process:
 * read, check, sort, ingest, engine, report. Prints
 * {@code backtest_pg prints=<n> seconds=<s> prints_per_s=<r> copy_seconds=<c> ratio=<s/c>}. Goal: 20,000 prints/s.
 * Run: {@code ./mvnw -B -q -pl bootstrap -am verify -Dtest=ReplayPostgresBenchmark -Dgroups=benchmark
 * -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false [-Dtradekit.benchmark.prints=200000]}.
 */
@Tag("benchmark")
class ReplayPostgresBenchmark {
    static final int PRINTS = Integer.getInteger("tradekit.benchmark.prints", 1_000_000);

    private final PostgresTestServer server = PostgresTestServer.get();

    @Test
    void replayOnPostgresAgainstPlainCopy() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path tape = dir.resolve("pg-tape-" + PRINTS + ".csv");
        Path resolutions = dir.resolve("pg-resolutions-" + PRINTS + ".csv");
        try (Writer t = Files.newBufferedWriter(tape, StandardCharsets.UTF_8);
                Writer r = Files.newBufferedWriter(resolutions, StandardCharsets.UTF_8)) {
            SampleGenerator.generate(new SampleGenerator.Spec(Math.max(24, PRINTS / 500), PRINTS, 7), t, r);
        }
        String copySchema = server.freshSchema(ReplayPostgresBenchmark.class);
        String replaySchema = server.freshSchema(ReplayPostgresBenchmark.class);
        try {
            PostgresStore.create(server.settings(copySchema)).close(); // the tape table with its indexes and checks

            long t0 = System.nanoTime();
            long copied = plainCopy(tape, copySchema);
            double copySeconds = (System.nanoTime() - t0) / 1e9;

            List<String> args = new ArrayList<>(List.of("replay", "--tape", tape.toString(), "--resolutions",
                    resolutions.toString(), "--store", "postgres", "--jdbc-url", server.jdbcUrl(), "--db-user",
                    server.user(), "--db-schema", replaySchema, "--db-connect-timeout", "60"));
            if (server.password() != null) {
                args.addAll(List.of("--db-password", server.password()));
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            t0 = System.nanoTime();
            int code = TradekitCommand.execute(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                    name -> null);
            double seconds = (System.nanoTime() - t0) / 1e9;

            assertThat(code).as(err.toString()).isZero();
            assertThat(copied).isEqualTo(PRINTS);
            assertThat(out.toString()).containsPattern("prints +" + String.format(Locale.ROOT, "%,d", PRINTS));
            String line = String.format(Locale.ROOT,
                    "backtest_pg prints=%d seconds=%.2f prints_per_s=%.0f copy_seconds=%.2f ratio=%.2f", PRINTS,
                    seconds, PRINTS / seconds, copySeconds, seconds / copySeconds);
            System.out.println(line);
            // also kept in a file: on a loaded machine surefire may lose a forked JVM's last output
            Files.writeString(dir.resolve("backtest-pg-benchmark.txt"), line + "\n");
        } finally {
            server.dropSchema(copySchema);
            server.dropSchema(replaySchema);
        }
    }

    /** The floor: the tape's rows (without received_at) streamed by COPY into the tape table, committed. */
    private long plainCopy(Path tape, String schema) throws Exception {
        try (Connection c = server.connect(); BufferedReader in = Files.newBufferedReader(tape, StandardCharsets.UTF_8)) {
            c.setAutoCommit(false);
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + schema + ".market_trades "
                    + "(trade_id, condition_id, token_id, price, size, taker_side, ts) FROM STDIN WITH (FORMAT csv)");
            StringBuilder chunk = new StringBuilder(1 << 17);
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                chunk.append(line, 0, line.lastIndexOf(',')).append('\n');
                if (chunk.length() > 1 << 16) {
                    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            long rows = copy.endCopy();
            c.commit();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM " + schema + ".market_trades")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(rows);
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + tape, e);
        }
    }
}
