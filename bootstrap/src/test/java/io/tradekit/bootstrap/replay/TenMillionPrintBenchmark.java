package io.tradekit.bootstrap.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.postgres.PostgresTestServer;
import io.tradekit.bootstrap.cli.TradekitCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A 10,000,000-print tape replayed by the CLI in a child JVM with {@code -Xmx1g}: memory must not grow with the
 * tape's length. The store is PostgreSQL (the embedded server of the tests, or {@code TRADEKIT_TEST_JDBC_URL}):
 * a store in memory holds the whole tape by definition (a few hundred bytes a print), so the bounded-memory claim is
 * about everything else — reading, checking, sorting, the engine — and the tape of a month of a busy venue lives
 * where it does in production, in the database. The child's peak RSS is read from {@code /proc/<pid>/status}
 * ({@code VmHWM}, sampled while it runs). Prints
 * {@code backtest_10m prints=<n> seconds=<s> xmx=1g peak_rss_mb=<m> exit=<code> store=postgres}.
 * Run: {@code ./mvnw -B -o -q -pl bootstrap -am verify -Dtest=TenMillionPrintBenchmark -Dgroups=benchmark
 * -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false} (add {@code -Dtradekit.benchmark.bigPrints=N}
 * for another length).
 */
@Tag("benchmark")
class TenMillionPrintBenchmark {
    static final int PRINTS = Integer.getInteger("tradekit.benchmark.bigPrints", 10_000_000);

    @Test
    void tenMillionPrintsRunInAGigabyteOfHeap() throws Exception {
        Path tape = BenchmarkTapes.tape(PRINTS, 300);
        Path resolutions = BenchmarkTapes.resolutions(PRINTS);
        PostgresTestServer server = PostgresTestServer.get();
        String schema = server.freshSchema(TenMillionPrintBenchmark.class);
        Path out = Path.of("target", "benchmark", "backtest-10m.out");
        Path err = Path.of("target", "benchmark", "backtest-10m.err");

        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), TradekitCommand.class.getName(),
                "replay", "--tape", tape.toString(), "--resolutions", resolutions.toString(),
                "--store", "postgres", "--jdbc-url", server.jdbcUrl(), "--db-user", server.user(),
                "--db-schema", schema));
        if (server.password() != null) {
            command.add("--db-password");
            command.add(server.password());
        }
        long t0 = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        AtomicLong peakKb = new AtomicLong(-1);
        Thread sampler = new Thread(() -> {
            Path status = Path.of("/proc", Long.toString(child.pid()), "status");
            while (child.isAlive()) {
                peakKb.accumulateAndGet(highWaterMarkKb(status), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        boolean done = child.waitFor(3, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!done) {
            child.destroyForcibly();
        }
        sampler.join(1_000);
        int exit = done ? child.exitValue() : -1;

        String line = String.format("backtest_10m prints=%d seconds=%.1f xmx=1g peak_rss_mb=%s exit=%d store=postgres",
                PRINTS, seconds, peakKb.get() < 0 ? "unknown" : Long.toString(peakKb.get() / 1024), exit);
        System.out.println(line);
        Files.writeString(Path.of("target", "benchmark", "backtest-10m.txt"), line + "\n");
        server.dropSchema(schema);

        assertThat(exit).as("the child's stderr: %s", Files.readString(err, StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .containsPattern("prints +" + String.format(Locale.ROOT, "%,d", PRINTS) + "\n");
    }

    /** The peak resident set size so far, in kB ({@code VmHWM}), or -1 where there is no /proc. */
    private static long highWaterMarkKb(Path status) {
        try {
            for (String l : Files.readAllLines(status)) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has ended, or no /proc here
        }
        return -1;
    }
}
