package io.tradekit.bootstrap.cli;

import io.tradekit.bootstrap.sample.SampleGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradekit sample}: writes a deterministic synthetic tape and its resolutions. */
@Command(name = "sample",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
                "Write a deterministic synthetic tape and its resolutions.%n",
                "Writes DIR/tape.csv and DIR/resolutions.csv; the same options give the same bytes on every "
                        + "machine. The tape has several prints per timestamp, delayed prints (stale, some late), "
                        + "markets that cross the threshold on both tokens, a market relisted under a second "
                        + "condition id with a token id it shares, and markets that resolve during the tape, "
                        + "after it, or never. The bundled sample (replay --sample) is this command with the "
                        + "defaults.",
                ""})
public final class SampleCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Directory to write tape.csv and resolutions.csv into (created if missing).")
    Path out;

    @Option(names = "--markets", paramLabel = "N", defaultValue = "24",
            description = "Number of markets (at least 2). Default: ${DEFAULT-VALUE}.")
    int markets;

    @Option(names = "--prints", paramLabel = "N", defaultValue = "12000",
            description = "Number of prints in all (at least 10 per market). Default: ${DEFAULT-VALUE}.")
    int prints;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "7",
            description = "Seed of the random generator. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() throws IOException {
        SampleGenerator.Spec sample;
        try {
            sample = new SampleGenerator.Spec(markets, prints, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
        Files.createDirectories(out);
        Path tape = out.resolve("tape.csv");
        Path resolutions = out.resolve("resolutions.csv");
        try (Writer t = Files.newBufferedWriter(tape, StandardCharsets.UTF_8);
                Writer r = Files.newBufferedWriter(resolutions, StandardCharsets.UTF_8)) {
            SampleGenerator.generate(sample, t, r);
        }
        spec.commandLine().getOut().println("wrote " + tape + " and " + resolutions);
        return TradekitCommand.OK;
    }
}
