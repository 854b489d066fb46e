package io.tradekit.application.tape;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.tape.TapeRetention;
import io.tradekit.domain.tape.TapeRetention.RetentionBatch;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Removes prints older than a maximum age (relative to the injected clock) in batches of a bounded size, each its
 * own short write, so ingest goes on between and beside them; never a print some consumer's watermark on its
 * market has not passed (the port's guarantee). Stops after {@code maxBatches}: run it again to go on.
 */
public final class ApplyTapeRetention {
    private final TapeRetention retention;
    private final Clock clock;

    public ApplyTapeRetention(TapeRetention retention, Clock clock) {
        this.retention = Require.nonNull(retention, "retention");
        this.clock = Require.nonNull(clock, "clock");
    }

    public record Command(Duration maxAge, int batchSize, int maxBatches) {
        public static final int DEFAULT_BATCH_SIZE = 1_000;

        public Command {
            Require.nonNull(maxAge, "maxAge");
            if (maxAge.isNegative() || maxAge.isZero()) {
                throw new InvalidValueException("maxAge", "must be positive, got " + maxAge);
            }
            if (batchSize <= 0 || batchSize > 100_000) {
                throw new InvalidValueException("batchSize", "must lie in [1, 100000], got " + batchSize);
            }
            if (maxBatches <= 0) {
                throw new InvalidValueException("maxBatches", "must be positive, got " + maxBatches);
            }
        }

        public static Command keep(Duration maxAge) {
            return new Command(maxAge, DEFAULT_BATCH_SIZE, Integer.MAX_VALUE);
        }
    }

    /** @param complete true when the whole tape before the cutoff was walked */
    public record Result(Instant cutoff, long examined, long removed, int batches, boolean complete) {
    }

    public Result apply(Command command) {
        Require.nonNull(command, "command");
        Instant cutoff = clock.instant().minus(command.maxAge());
        Optional<WatermarkPosition> after = Optional.empty();
        long examined = 0;
        long removed = 0;
        int batches = 0;
        while (true) {
            RetentionBatch batch = retention.removeBatch(cutoff, after, command.batchSize());
            batches++;
            examined += batch.examined();
            removed += batch.removed();
            if (batch.examined() < command.batchSize()) {
                return new Result(cutoff, examined, removed, batches, true);
            }
            if (batches == command.maxBatches()) {
                return new Result(cutoff, examined, removed, batches, false);
            }
            after = batch.last();
        }
    }
}
