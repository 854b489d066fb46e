package io.tradekit.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.bootstrap.GoldenFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tradekit replay} prints the same table and writes the same JSON and HTML, byte for byte, as when these
 * golden files were taken (before the report writers were moved onto one figure list, issue 11 point 9).
 */
class ReplayReportGoldenTest {
    /** Relative to the module's directory, so the report's tape line is the same on every machine. */
    private static final String TAPE = "src/test/resources/replay/tiny-tape.csv";
    private static final String RESOLUTIONS = "src/test/resources/replay/tiny-resolutions.csv";

    @Test
    void theSampleReplay(@TempDir Path dir) {
        assertGolden("replay-sample", dir, "replay", "--sample");
    }

    @Test
    void aCustomStrategyOverTheSample(@TempDir Path dir) {
        assertGolden("replay-sample-custom-strategy", dir, "replay", "--sample", "--strategy",
                FirstNinety.class.getName());
    }

    /** Fees, a rejected entry, an open position, another zone and P: every branch of the figures' formats. */
    @Test
    void theTinyTapeWithFeesALimitAndAnotherZone(@TempDir Path dir) {
        assertGolden("replay-tiny", dir, "replay", "--tape", TAPE, "--resolutions", RESOLUTIONS, "--fee-bps", "20",
                "--max-open-positions", "3", "--zone", "America/New_York", "--periods-per-year", "252",
                "--starting-capital", "500");
    }

    private static void assertGolden(String name, Path dir, String... args) {
        Path json = dir.resolve("report.json");
        Path html = dir.resolve("report.html");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--json", json.toString(), "--html", html.toString()));

        Cli.Result result = Cli.run(all.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.err()).isZero();
        GoldenFiles.assertSame(name + "/stdout.txt", result.out());
        GoldenFiles.assertSame(name + "/report.json", json);
        GoldenFiles.assertSame(name + "/report.html", html);
    }
}
