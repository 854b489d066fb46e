package io.tradekit.bootstrap.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.application.backtest.BacktestEvent;
import io.tradekit.application.backtest.EventSource;
import io.tradekit.application.backtest.SimulatedClock;
import io.tradekit.application.risk.RiskLimits;
import io.tradekit.application.risk.RiskLimitsSource;
import io.tradekit.bootstrap.Tradekit;
import io.tradekit.bootstrap.TradekitStore;
import io.tradekit.bootstrap.report.ReplayReport;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The in-memory replay of a 3M-print tape (read, check, sort, engine, report) against a plain loop that only reads
 * and parses the same CSV (BigDecimal price and size, Instant times), in one process, the loop first; then, last,
 * the replay's input alone (read, check, sort, events) against the same loop.
 * Run: {@code ./mvnw -B -q -pl bootstrap -am verify -Dtest=BacktestBenchmark -Dgroups=benchmark
 * -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class BacktestBenchmark {
    static final int PRINTS = Integer.getInteger("tradekit.benchmark.prints", 3_000_000);

    @Test
    void backtestAgainstParseOnly() throws IOException {
        Path tape = BenchmarkTapes.tape(PRINTS, 300);
        parseOnly(tape, 300_000); // warm the parsing code up

        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        long parsed = parseOnly(tape, Integer.MAX_VALUE);
        double parseSeconds = (System.nanoTime() - t0) / 1e9;
        double parseCpu = (processCpuNanos() - cpu0) / 1e9;

        cpu0 = processCpuNanos();
        t0 = System.nanoTime();
        ReplayReport report = backtest(tape);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;

        // the input side alone (read, check, sort, the events the engine would get), after the backtest so that it
        // does not warm the backtest's code up: what the replay's input costs against the parse-only loop
        cpu0 = processCpuNanos();
        t0 = System.nanoTime();
        long events = inputOnly(tape);
        double inputSeconds = (System.nanoTime() - t0) / 1e9;
        double inputCpu = (processCpuNanos() - cpu0) / 1e9;

        assertThat(parsed).isEqualTo(PRINTS);
        assertThat(events).isEqualTo(PRINTS);
        assertThat(report.counts().prints()).isEqualTo(PRINTS);
        assertThat(report.counts().triggers()).isPositive();
        String line = String.format("backtest prints=%d seconds=%.2f prints_per_s=%.0f parse_only_seconds=%.2f ratio=%.2f",
                PRINTS, seconds, PRINTS / seconds, parseSeconds, seconds / parseSeconds);
        // the machine is shared: the process's CPU time (all threads, GC included) shows how much of the wall
        // time it actually ran
        String cpuLine = String.format("backtest_cpu_seconds=%.2f parse_only_cpu_seconds=%.2f cpu_ratio=%.2f", cpu,
                parseCpu, cpu / parseCpu);
        String inputLine = String.format("backtest_input_only seconds=%.2f cpu_seconds=%.2f ratio=%.2f cpu_ratio=%.2f",
                inputSeconds, inputCpu, inputSeconds / parseSeconds, inputCpu / parseCpu);
        System.out.println(line);
        System.out.println(cpuLine);
        System.out.println(inputLine);
        // also kept in a file: on a loaded machine surefire may lose a forked JVM's last output
        Files.writeString(Path.of("target", "benchmark", "backtest-benchmark.txt"), line + "\n" + cpuLine + "\n"
                + inputLine + "\n");
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The input floor: read every line, split it, parse the price, size and both times. */
    static long parseOnly(Path tape, int limit) throws IOException {
        long rows = 0;
        long checksum = 0;
        try (BufferedReader in = Files.newBufferedReader(tape, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null && rows < limit; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                BigDecimal price = new BigDecimal(cells[3]);
                BigDecimal size = new BigDecimal(cells[4]);
                Instant timestamp = Instant.parse(cells[6]);
                Instant received = Instant.parse(cells[7]);
                checksum += price.scale() + size.scale() + timestamp.getNano() + received.getNano() + cells[0].length();
                rows++;
            }
        }
        assertThat(checksum).isNotZero();
        return rows;
    }

    /** The replay's input alone: the tape read, checked and sorted, and its events drained (no engine). */
    static long inputOnly(Path tape) throws IOException {
        Path resolutions = BenchmarkTapes.resolutions(PRINTS);
        long prints = 0;
        try (SortedTape sorted = SortedTape.inTemporaryDirectory();
                Reader t = Files.newBufferedReader(tape, StandardCharsets.UTF_8);
                Reader r = Files.newBufferedReader(resolutions, StandardCharsets.UTF_8)) {
            ReplayInputReader.StreamedInput input = ReplayInputReader.stream(tape.toString(), t, resolutions.toString(),
                    r, sorted);
            try (EventSource events = Replay.events(input)) {
                for (BacktestEvent e = events.next(); e != null; e = events.next()) {
                    if (e instanceof BacktestEvent.PrintReceived) {
                        prints++;
                    }
                }
            }
        }
        return prints;
    }

    static ReplayReport backtest(Path tape) throws IOException {
        ReplaySettings settings = new ReplaySettings(AccountId.of("bench"), Price.of("0.95"), Duration.ofSeconds(300),
                Money.of("10"), BigDecimal.ZERO, Money.of("1000"), ZoneOffset.UTC, 365);
        SimulatedClock clock = SimulatedClock.startingAtFirstSet(ZoneOffset.UTC);
        Path resolutions = BenchmarkTapes.resolutions(PRINTS);
        try (SortedTape sorted = SortedTape.inTemporaryDirectory();
                Reader t = Files.newBufferedReader(tape, StandardCharsets.UTF_8);
                Reader r = Files.newBufferedReader(resolutions, StandardCharsets.UTF_8);
                Tradekit kit = Tradekit.on(TradekitStore.inMemory(), clock, RiskLimitsSource.same(RiskLimits.none()))) {
            ReplayInputReader.StreamedInput input = ReplayInputReader.stream(tape.toString(), t, resolutions.toString(),
                    r, sorted);
            ReplayReport.Run run = new ReplayReport.Run(tape.toString(), resolutions.toString(), "memory", "bench",
                    settings.threshold().value(), settings.stake().amount(), settings.feeBps(), 300, ZoneOffset.UTC,
                    365, null, null);
            return new Replay(kit, clock, settings).run(Replay.events(input), run, ReplayProgress.NONE);
        }
    }
}
