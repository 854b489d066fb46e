package io.tradekit.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Outputs kept as files under {@code bootstrap/src/test/resources/golden}, compared byte for byte: a change of
 * one space in a report fails the build. The files were written by the code before a refactoring, so they prove
 * that it changed no output. A deliberate change of the output rewrites them with
 * {@code ./mvnw -B -o -q -pl bootstrap -am verify -Dtest='*GoldenTest' -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtradekit.golden.update=true}; review the diff before committing it.
 */
public final class GoldenFiles {
    /** Relative to the module's directory, where Maven runs the tests. */
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("tradekit.golden.update");

    private GoldenFiles() {
    }

    public static void assertSame(String name, String actual) {
        assertSame(name, actual.getBytes(StandardCharsets.UTF_8));
    }

    public static void assertSame(String name, Path actualFile) {
        try {
            assertSame(name, Files.readAllBytes(actualFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertSame(String name, byte[] actual) {
        Path golden = ROOT.resolve(name);
        try {
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.write(golden, actual);
                return;
            }
            assertThat(golden).as("golden file %s (run from the bootstrap module's directory)", golden).isRegularFile();
            byte[] expected = Files.readAllBytes(golden);
            // the text first, for a readable diff; then the bytes, which are what is promised
            assertThat(new String(actual, StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
            assertThat(actual).as(name).isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
