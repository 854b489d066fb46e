package io.tradekit.bootstrap.replay;

import io.tradekit.application.backtest.BacktestEvent;
import io.tradekit.application.backtest.EventSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tape and its resolutions as CSV files (the formats of docs/replay.md), as the events of a backtest: read and
 * checked completely first (every problem located FILE:LINE), then streamed in received order with bounded memory
 * ({@link SortedTape}). Close the source to delete what the sort spilled.
 */
public final class TapeFiles {
    private TapeFiles() {
    }

    /** @throws InvalidInputException listing every problem of both files */
    public static EventSource read(Path tape, Path resolutions) {
        try (Reader t = Files.newBufferedReader(tape, StandardCharsets.UTF_8);
                Reader r = resolutions == null ? null : Files.newBufferedReader(resolutions, StandardCharsets.UTF_8)) {
            return read(tape.toString(), t, resolutions == null ? null : resolutions.toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tape + ": " + e.getMessage(), e);
        }
    }

    /** The bundled sample tape and resolutions ({@code tradekit replay --sample}). */
    public static EventSource sample() {
        try (Reader t = resource("/sample/tape.csv"); Reader r = resource("/sample/resolutions.csv")) {
            return read("sample/tape.csv", t, "sample/resolutions.csv", r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EventSource read(String tapeName, Reader tape, String resolutionsName, Reader resolutions) {
        SortedTape sorted = SortedTape.inTemporaryDirectory();
        try {
            EventSource events = Replay.events(ReplayInputReader.stream(tapeName, tape, resolutionsName, resolutions,
                    sorted));
            return new EventSource() {
                @Override
                public BacktestEvent next() {
                    return events.next();
                }

                @Override
                public long printCount() {
                    return events.printCount();
                }

                @Override
                public void close() {
                    events.close();
                    sorted.close();
                }
            };
        } catch (RuntimeException e) {
            sorted.close();
            throw e;
        }
    }

    private static Reader resource(String name) {
        InputStream in = TapeFiles.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the bundled sample " + name + " is missing from the jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
