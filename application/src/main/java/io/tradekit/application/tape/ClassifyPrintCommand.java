package io.tradekit.application.tape;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A print as a consumer receives it.
 *
 * @param print        the venue print
 * @param watermark    how far the consumer's stream of the print's market has been processed (empty: nothing yet)
 * @param resolvedAt   when the print's market resolved, if it has (empty: not resolved)
 * @param maxAge       a print older than this at the clock is stale
 */
public record ClassifyPrintCommand(MarketTrade print, Optional<WatermarkPosition> watermark,
        Optional<Instant> resolvedAt, Duration maxAge) {

    public ClassifyPrintCommand {
        Require.nonNull(print, "print");
        Require.nonNull(watermark, "watermark");
        Require.nonNull(resolvedAt, "resolvedAt");
        Require.nonNull(maxAge, "maxAge");
        if (maxAge.isNegative()) {
            throw new InvalidValueException("maxAge", "must not be negative, got " + maxAge);
        }
    }

    /** A print of an unresolved market with nothing processed yet, at the default max age (300 s). */
    public static ClassifyPrintCommand of(MarketTrade print) {
        return new ClassifyPrintCommand(print, Optional.empty(), Optional.empty(), ProcessTapeCommand.DEFAULT_MAX_AGE);
    }

    public ClassifyPrintCommand after(WatermarkPosition position) {
        return new ClassifyPrintCommand(print, Optional.ofNullable(position), resolvedAt, maxAge);
    }

    public ClassifyPrintCommand resolvedAt(Instant at) {
        return new ClassifyPrintCommand(print, watermark, Optional.ofNullable(at), maxAge);
    }

    public ClassifyPrintCommand withMaxAge(Duration age) {
        return new ClassifyPrintCommand(print, watermark, resolvedAt, age);
    }
}
