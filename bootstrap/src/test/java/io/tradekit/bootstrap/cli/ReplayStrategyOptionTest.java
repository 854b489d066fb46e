package io.tradekit.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tradekit replay --strategy NAME|CLASS [--plugin JAR]}. */
class ReplayStrategyOptionTest {
    private static final String IMPORTS = """
            import io.tradekit.application.backtest.BacktestEvent.PrintReceived;
            import io.tradekit.application.backtest.Strategy;
            import io.tradekit.application.backtest.StrategyContext;
            import io.tradekit.application.execution.ClientTradeIds;
            import io.tradekit.application.risk.ProposedOrder;
            import io.tradekit.application.tape.PrintClass;
            import io.tradekit.domain.shared.Price;
            import io.tradekit.domain.shared.Quantity;
            import io.tradekit.domain.shared.Side;
            import io.tradekit.domain.shared.TokenId;
            import java.util.HashSet;
            import java.util.Set;
            """;

    @Test
    void theReferenceByNameIsTheDefault() {
        Cli.Result byDefault = Cli.run("replay", "--sample");
        Cli.Result byName = Cli.run("replay", "--sample", "--strategy", "threshold");
        assertThat(byName.exitCode()).isZero();
        assertThat(byName.out()).isEqualTo(byDefault.out()).contains("buy a token at the first print >= 0.95");
    }

    @Test
    void aStrategyClassFromAPluginJarRunsLikeTheSameClassOnTheClasspath(@TempDir Path dir) throws IOException {
        Path jar = compilePlugin(dir);
        Cli.Result onClasspath = Cli.run("replay", "--sample", "--strategy", FirstNinety.class.getName());
        Cli.Result fromJar = Cli.run("replay", "--sample", "--strategy", "plugin.FirstNinety", "--plugin",
                jar.toString());

        assertThat(fromJar.exitCode()).as(fromJar.err()).isZero();
        assertThat(onClasspath.exitCode()).as(onClasspath.err()).isZero();
        assertThat(fromJar.out()).contains("strategy: plugin.FirstNinety, fee 0 bps, max age 300 s");
        assertThat(fromJar.out().replace("plugin.FirstNinety", "X"))
                .isEqualTo(onClasspath.out().replace(FirstNinety.class.getName(), "X"));
        // it trades: entries are its executions, and closes follow
        assertThat(fromJar.out()).containsPattern("entries +[1-9]").doesNotContain("closed                                 0");
    }

    @Test
    void anUnknownStrategyIsBadInput() {
        Cli.Result result = Cli.run("replay", "--sample", "--strategy", "no.such.Strategy");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--strategy: 'no.such.Strategy' is neither a built-in strategy (threshold)");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aClassThatIsNoStrategyIsBadInput() {
        Cli.Result result = Cli.run("replay", "--sample", "--strategy", "java.lang.String");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--strategy: java.lang.String does not implement");
    }

    private static Path compilePlugin(Path dir) throws IOException {
        Path src = dir.resolve("src/plugin/FirstNinety.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package plugin;\n" + IMPORTS
                + "public final class FirstNinety implements Strategy {\n" + FirstNinety.SOURCE_BODY + "}\n");
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.toString());
        assertThat(code).as("javac").isZero();
        Path jar = dir.resolve("first-ninety.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("plugin/FirstNinety.class"));
            try (OutputStream ignored = null) {
                out.write(Files.readAllBytes(classes.resolve("plugin/FirstNinety.class")));
            }
            out.closeEntry();
        }
        assertThat(new String(Files.readAllBytes(src), StandardCharsets.UTF_8)).contains("implements Strategy");
        return jar;
    }
}
