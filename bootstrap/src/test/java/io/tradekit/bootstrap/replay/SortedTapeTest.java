package io.tradekit.bootstrap.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.application.backtest.BacktestEvent;
import io.tradekit.application.backtest.BacktestEvent.PrintReceived;
import io.tradekit.application.backtest.EventSource;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The external merge sort gives the order the whole-tape sort gives: received time, then file line. */
class SortedTapeTest {

    private static String sampleTape() throws IOException {
        try (Reader r = new InputStreamReader(SortedTapeTest.class.getResourceAsStream("/sample/tape.csv"),
                StandardCharsets.UTF_8)) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = r.read(buffer); n > 0; n = r.read(buffer)) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        }
    }

    private static List<PrintReceived> drain(EventSource source) {
        List<PrintReceived> out = new ArrayList<>();
        for (BacktestEvent e = source.next(); e != null; e = source.next()) {
            out.add((PrintReceived) e);
        }
        return out;
    }

    @Test
    void spilledRunsMergeIntoTheInMemoryOrder(@TempDir Path dir) throws IOException {
        String tape = sampleTape();
        List<TapePrint> all = ReplayInputReader.read("tape.csv", new StringReader(tape), null, null).prints();
        List<TapePrint> expected = new ArrayList<>(all);
        expected.sort(Comparator.comparing(TapePrint::receivedAt)); // stable: ties in file order

        try (SortedTape small = new SortedTape(dir.resolve("runs"), 700)) {
            ReplayInputReader.stream("tape.csv", new StringReader(tape), null, null, small);
            assertThat(small.spilledRuns()).isEqualTo((all.size() + 699) / 700 - 1);
            List<PrintReceived> merged = drain(small.events());
            assertThat(merged).hasSize(expected.size());
            for (int i = 0; i < merged.size(); i++) {
                assertThat(merged.get(i).print()).isEqualTo(expected.get(i).trade());
                assertThat(merged.get(i).receivedAt()).isEqualTo(expected.get(i).receivedAt());
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty(); // close deleted the runs and their directory
        }
    }

    @Test
    void anyDisorderTiesAndHugeSizesComeOutInTheStableOrder(@TempDir Path dir) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        java.time.Instant t0 = java.time.Instant.parse("2026-03-01T00:00:00Z");
        List<TapePrint> prints = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // mostly in order, some far behind, many ties; a few sizes too large for a long at 8 decimals
            long at = random.nextInt(10) == 0 ? random.nextLong(0, 10_000_000) : i * 1_000L + random.nextInt(3) * 1_000;
            java.time.Instant timestamp = t0.plusNanos(at * 1_000 - 5_000_000_000L);
            String size = random.nextInt(50) == 0 ? "123456789012345678901234.5" : "1." + random.nextInt(100);
            io.tradekit.domain.tape.MarketTrade trade = new io.tradekit.domain.tape.MarketTrade(
                    io.tradekit.domain.tape.MarketTradeId.of("t" + i), io.tradekit.domain.shared.ConditionId.of("c" + i % 7),
                    io.tradekit.domain.shared.TokenId.of("y" + i % 13), io.tradekit.domain.shared.Price.of("0." + i % 1000),
                    io.tradekit.domain.shared.Quantity.of(size), i % 3 == 0 ? io.tradekit.domain.shared.Side.BUY
                            : io.tradekit.domain.shared.Side.SELL, timestamp);
            prints.add(new TapePrint(trade, t0.plusNanos(at * 1_000), i + 2));
        }
        List<TapePrint> expected = new ArrayList<>(prints);
        expected.sort(Comparator.comparing(TapePrint::receivedAt)); // stable: ties in file order
        for (int runSize : new int[] {prints.size() + 1, 1_000, 777, 50}) { // 50: more runs than merge at once
            try (SortedTape tape = new SortedTape(dir.resolve("runs-" + runSize), runSize)) {
                prints.forEach(tape::add);
                for (int read = 0; read < 2; read++) { // read twice, as the replay does
                    List<TapePrint> out = new ArrayList<>();
                    try (SortedTape.Cursor cursor = tape.prints()) {
                        for (TapePrint p = cursor.next(); p != null; p = cursor.next()) {
                            out.add(p);
                        }
                    }
                    assertThat(out).as("run size %d", runSize).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void anUnsortedTapeGivesTheReportOfItsSortedCopy(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(sampleTape().lines().toList());
        String header = lines.remove(0);
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(SortedTapeTest::receivedAt)); // stable
        List<String> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(5));
        // ties in received time keep file order by the replay's rule: both files give them the same order
        List<String> unsorted = keepTieOrder(shuffled, sorted);

        Path sortedFile = dir.resolve("sorted.csv");
        Path unsortedFile = dir.resolve("unsorted.csv");
        Files.write(sortedFile, prepend(header, sorted));
        Files.write(unsortedFile, prepend(header, unsorted));
        assertThat(unsorted).isNotEqualTo(sorted);

        String a = report(sortedFile);
        String b = report(unsortedFile);
        assertThat(b.substring(b.indexOf('\n'))).isEqualTo(a.substring(a.indexOf('\n')));
        assertThat(a).contains("prints                            12,000");
    }

    private static String report(Path tape) {
        java.io.StringWriter out = new java.io.StringWriter();
        int code = io.tradekit.bootstrap.cli.TradekitCommand.execute(new String[] {"replay", "--tape", tape.toString()},
                new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()), name -> null);
        assertThat(code).isZero();
        return out.toString();
    }

    private static java.time.Instant receivedAt(String row) {
        String[] cells = row.split(",", -1);
        return java.time.Instant.parse(cells.length > 7 && !cells[7].isEmpty() ? cells[7] : cells[6]);
    }

    /** The rows of {@code shuffled}, but rows sharing a received time take the order they have in {@code sorted}. */
    private static List<String> keepTieOrder(List<String> shuffled, List<String> sorted) {
        java.util.Map<java.time.Instant, java.util.ArrayDeque<String>> byTime = new java.util.HashMap<>();
        for (String row : sorted) {
            byTime.computeIfAbsent(receivedAt(row), k -> new java.util.ArrayDeque<>()).add(row);
        }
        List<String> out = new ArrayList<>();
        for (String row : shuffled) {
            out.add(byTime.get(receivedAt(row)).poll());
        }
        return out;
    }

    private static List<String> prepend(String header, List<String> rows) {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }
}
