package io.tradekit.application.tape;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.Watermark;
import io.tradekit.domain.watermark.WatermarkPosition;
import io.tradekit.domain.watermark.WatermarkRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Classifies an incoming print for a consumer: the one place that says a print is late (not after the consumer's
 * watermark), after its market's resolution (resolved at or before the clock) or stale (older than the max age at
 * the clock), in that order of precedence. A live bot classifies against its stored watermark
 * ({@link #classifyForConsumer}); the backtest engine against the position its run has reached. Writes nothing.
 */
public final class ClassifyPrint {
    private final WatermarkRepository watermarks;
    private final Clock clock;

    public ClassifyPrint(WatermarkRepository watermarks, Clock clock) {
        this.watermarks = Require.nonNull(watermarks, "watermarks");
        this.clock = Require.nonNull(clock, "clock");
    }

    public PrintClass classify(ClassifyPrintCommand command) {
        return classify(command.print(), command.watermark().orElse(null), command.resolvedAt().orElse(null),
                command.maxAge());
    }

    /** Against the watermark the consumer has stored for the print's market (stream key: the condition id). */
    public PrintClass classifyForConsumer(AccountId account, ConsumerId consumer, MarketTrade print,
            Instant resolvedAtOrNull, Duration maxAge) {
        WatermarkPosition stored = watermarks.find(account, consumer, print.conditionId().value())
                .map(Watermark::position).orElse(null);
        return classify(print, stored, resolvedAtOrNull, maxAge);
    }

    /** The rule, without a command (the engine's hot path); {@code watermark} and {@code resolvedAt} may be null. */
    public PrintClass classify(MarketTrade print, WatermarkPosition watermark, Instant resolvedAt, Duration maxAge) {
        Require.nonNull(print, "print");
        boolean late = watermark != null && !isAfter(print, watermark.timestamp(), watermark.id());
        return classify(print, late, resolvedAt, maxAge);
    }

    /**
     * The rule against the last print the consumer's stream reached ({@code reached}, null when none): the same as
     * against that print's position, without making the position (the engine calls it for every print).
     */
    public PrintClass classifyAfter(MarketTrade print, MarketTrade reached, Instant resolvedAt, Duration maxAge) {
        Require.nonNull(print, "print");
        boolean late = reached != null && !isAfter(print, reached.timestamp(), reached.tradeId().value());
        return classify(print, late, resolvedAt, maxAge);
    }

    private PrintClass classify(MarketTrade print, boolean late, Instant resolvedAt, Duration maxAge) {
        Require.nonNull(maxAge, "maxAge");
        if (late) {
            return PrintClass.LATE;
        }
        Instant now = clock.instant();
        if (resolvedAt != null && !resolvedAt.isAfter(now)) {
            return PrintClass.AFTER_RESOLUTION;
        }
        if (print.isStaleAt(now, maxAge)) {
            return PrintClass.STALE;
        }
        return PrintClass.FRESH;
    }

    /** The print's (timestamp, trade id) after the given one: {@link WatermarkPosition}'s order. */
    private static boolean isAfter(MarketTrade print, Instant timestamp, String id) {
        int byTime = print.timestamp().compareTo(timestamp);
        return byTime > 0 || byTime == 0 && print.tradeId().value().compareTo(id) > 0;
    }
}
