package io.tradekit.application.tape;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Process the tape for one consumer of one account.
 *
 * @param accountId  whose triggers and watermarks these are
 * @param consumerId which consumer's watermarks to read and advance (several consumers are independent)
 * @param thresholds the prices at which a print fires a first-hit trigger (price &gt;= threshold)
 * @param maxAge     a print older than this (relative to the clock) never fires
 * @param batchSize  how many prints one page (one unit of work) holds; bounds memory per market
 * @param conditions the markets to process; empty means every market with a print within {@code maxAge}
 * @param through    when present, only prints at or before this (timestamp, trade id) are processed; later
 *                   ones stay after the watermark for a later call. A replay on a store whose tape already
 *                   holds prints it has not reached yet uses it so that nothing ahead of its clock fires
 */
public record ProcessTapeCommand(AccountId accountId, ConsumerId consumerId, SortedSet<Price> thresholds,
        Duration maxAge, int batchSize, Optional<SortedSet<ConditionId>> conditions,
        Optional<WatermarkPosition> through) {

    public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(300);
    public static final int DEFAULT_BATCH_SIZE = 1000;
    public static final int MAX_BATCH_SIZE = 100_000;
    /** Markets are processed in byte order of their ids (the order every store sorts ids in). */
    public static final Comparator<ConditionId> CONDITION_ORDER = Comparator.comparing(ConditionId::value);
    private static final Class<?> FROZEN = Collections.unmodifiableSortedSet(new TreeSet<>()).getClass();

    public ProcessTapeCommand {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(consumerId, "consumerId");
        thresholds = sortedCopy(thresholds, Comparator.naturalOrder(), "thresholds");
        if (thresholds.isEmpty()) {
            throw new InvalidValueException("thresholds", "at least one threshold is needed");
        }
        Require.nonNull(maxAge, "maxAge");
        if (maxAge.isNegative()) {
            throw new InvalidValueException("maxAge", "must not be negative, got " + maxAge);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new InvalidValueException("batchSize", "must lie in [1, " + MAX_BATCH_SIZE + "], got " + batchSize);
        }
        Require.nonNull(conditions, "conditions");
        conditions = conditions.map(c -> sortedCopy(c, CONDITION_ORDER, "conditions"));
        Require.nonNull(through, "through");
    }

    /** Without an upper bound: every print after the watermark. */
    public ProcessTapeCommand(AccountId accountId, ConsumerId consumerId, SortedSet<Price> thresholds,
            Duration maxAge, int batchSize, Optional<SortedSet<ConditionId>> conditions) {
        this(accountId, consumerId, thresholds, maxAge, batchSize, conditions, Optional.empty());
    }

    /** Every market traded within the default max age (300 s), default batch size. */
    public static ProcessTapeCommand of(AccountId accountId, ConsumerId consumerId, Set<Price> thresholds) {
        return new ProcessTapeCommand(accountId, consumerId, sortedCopy(thresholds, Comparator.naturalOrder(), "thresholds"), DEFAULT_MAX_AGE,
                DEFAULT_BATCH_SIZE, Optional.empty());
    }

    public ProcessTapeCommand withMaxAge(Duration maxAge) {
        return new ProcessTapeCommand(accountId, consumerId, thresholds, maxAge, batchSize, conditions, through);
    }

    public ProcessTapeCommand withBatchSize(int batchSize) {
        return new ProcessTapeCommand(accountId, consumerId, thresholds, maxAge, batchSize, conditions, through);
    }

    /** Only these markets (e.g. the one market a replay just received a print for). */
    public ProcessTapeCommand withConditions(Set<ConditionId> conditions) {
        return new ProcessTapeCommand(accountId, consumerId, thresholds, maxAge, batchSize,
                Optional.of(sortedCopy(conditions, CONDITION_ORDER, "conditions")), through);
    }

    /** Only prints at or before {@code position}; later ones are left for a later call. */
    public ProcessTapeCommand through(WatermarkPosition position) {
        return new ProcessTapeCommand(accountId, consumerId, thresholds, maxAge, batchSize, conditions,
                Optional.of(Require.nonNull(position, "through")));
    }

    // sorted so that markets and thresholds are always visited in the same order: a re-run after a
    // crash meets every print in the order the uninterrupted run did
    @SuppressWarnings("unchecked")
    private static <T> SortedSet<T> sortedCopy(Set<T> values, Comparator<? super T> order, String field) {
        Require.nonNull(values, field);
        if (values.getClass() == FROZEN && ((SortedSet<T>) values).comparator() == order) {
            return (SortedSet<T>) values; // already a copy made here: immutable, same order, no null (the with-ers)
        }
        TreeSet<T> copy = new TreeSet<>(order);
        for (T value : values) {
            copy.add(Require.nonNull(value, field + " element"));
        }
        return Collections.unmodifiableSortedSet(copy);
    }
}
