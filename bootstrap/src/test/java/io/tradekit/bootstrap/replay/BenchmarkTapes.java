package io.tradekit.bootstrap.replay;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Large synthetic tapes for the benchmarks, written once into target/ and reused: {@code markets} markets of two
 * tokens each, a random walk of prices (some cross 0.95), prints 10 ms apart, received 0-2 s later (so the file is
 * not in received order), one in a thousand 400 s late (stale); half the markets resolve after the tape.
 */
final class BenchmarkTapes {
    private BenchmarkTapes() {
    }

    static Path tape(int prints, int markets) throws IOException {
        Path dir = Path.of("target", "benchmark");
        Files.createDirectories(dir);
        Path tape = dir.resolve("tape-" + prints + ".csv");
        Path resolutions = resolutions(prints);
        if (Files.exists(tape) && Files.exists(resolutions)) {
            return tape;
        }
        Instant t0 = Instant.parse("2026-03-01T00:00:00Z");
        SplittableRandom random = new SplittableRandom(11);
        int[] cents = new int[markets];
        for (int m = 0; m < markets; m++) {
            cents[m] = 300 + random.nextInt(400);
        }
        Path tmp = dir.resolve("tape-" + prints + ".csv.tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("trade_id,condition_id,token_id,price,size,side,timestamp,received_at\n");
            StringBuilder line = new StringBuilder(160);
            for (int i = 0; i < prints; i++) {
                int m = random.nextInt(markets);
                cents[m] = Math.max(1, Math.min(999, cents[m] + random.nextInt(-12, 13)));
                boolean yes = random.nextBoolean();
                int price = yes ? cents[m] : 1000 - cents[m];
                Instant at = t0.plusMillis(10L * i);
                long delay = random.nextInt(1000) == 0 ? 400_000 : random.nextInt(2000);
                line.setLength(0);
                line.append('t').append(i).append(",0xmarket").append(m).append(",tok").append(m)
                        .append(yes ? "y" : "n").append(",0.").append(String.format("%03d", price)).append(',')
                        .append(1 + random.nextInt(99)).append('.').append(random.nextInt(10)).append(',')
                        .append(random.nextBoolean() ? "BUY" : "SELL").append(',').append(at).append(',')
                        .append(at.plusMillis(delay)).append('\n');
                w.write(line.toString());
            }
        }
        Instant end = t0.plusMillis(10L * prints);
        try (BufferedWriter w = Files.newBufferedWriter(resolutions, StandardCharsets.UTF_8)) {
            w.write("condition_id,winning_token_id,resolved_at\n");
            for (int m = 0; m < markets; m += 2) {
                w.write("0xmarket" + m + ",tok" + m + (cents[m] >= 500 ? "y" : "n") + "," + end.plusSeconds(m) + "\n");
            }
        }
        Files.move(tmp, tape, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return tape;
    }

    static Path resolutions(int prints) {
        return Path.of("target", "benchmark", "resolutions-" + prints + ".csv");
    }
}
