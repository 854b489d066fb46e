package io.tradekit.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {
    @Test
    void withTheDefaultsWritesTheBundledSample(@TempDir Path dir) throws IOException {
        Cli.Result result = Cli.run("sample", "--out", dir.resolve("data").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("data/tape.csv"))).isEqualTo(bundled("/sample/tape.csv"));
        assertThat(Files.readAllBytes(dir.resolve("data/resolutions.csv"))).isEqualTo(bundled("/sample/resolutions.csv"));
        assertThat(result.out()).contains("tape.csv", "resolutions.csv");
    }

    @Test
    void whatItWritesReplays(@TempDir Path dir) {
        Cli.run("sample", "--out", dir.toString(), "--markets", "4", "--prints", "400", "--seed", "3");

        Cli.Result replay = Cli.run("replay", "--tape", dir.resolve("tape.csv").toString(), "--resolutions",
                dir.resolve("resolutions.csv").toString());

        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(replay.out()).contains(ReplayEndToEndTest.line("prints", "400"));
    }

    @Test
    void sizesThatCannotMakeATapeAreBadOptions(@TempDir Path dir) {
        Cli.Result result = Cli.run("sample", "--out", dir.toString(), "--markets", "1");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("tradekit: --markets: at least 2, got 1");
        assertThat(dir).isEmptyDirectory();
    }

    private static byte[] bundled(String name) throws IOException {
        try (InputStream in = SampleCommandTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
