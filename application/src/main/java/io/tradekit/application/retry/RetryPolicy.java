package io.tradekit.application.retry;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.shared.TransientStoreException;
import java.time.Duration;

/**
 * How often the kit runs a unit of work again after a transient failure, and how long it waits in between.
 * A unit is retried whole, and only the outermost one (a unit joined by another one is doomed with it): every
 * use case that writes is idempotent by the keys it is given, so running one again keeps exactly-once.
 *
 * <p>Transient: a {@link TransientStoreException} anywhere in the failure's causes (a dropped connection, a
 * serialization failure, a deadlock), and, when {@link #retryStaleVersions}, a {@link StaleVersionException}
 * (another writer moved a position first: the use case reads it again and decides again).
 *
 * @param maxAttempts        runs of the unit in all, the first included (1 = no retry); default
 *                           {@value #DEFAULT_MAX_ATTEMPTS}
 * @param initialBackoff     the wait before the first retry, doubled before each next one; default 100 ms
 * @param maxBackoff         the longest wait; default 2 s
 * @param retryStaleVersions retry an optimistic-lock conflict too; default true
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, boolean retryStaleVersions) {
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(100);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(2);

    /** 5 attempts, 100 ms doubling to at most 2 s (1.5 s of waiting in all), stale versions retried. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF, true);
    /** One attempt: every failure reaches the caller. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, false);

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new InvalidValueException("maxAttempts", "must lie in [1, 100], got " + maxAttempts);
        }
        Require.nonNull(initialBackoff, "initialBackoff");
        Require.nonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxBackoff.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new InvalidValueException("maxBackoff", "backoffs must lie in [0, 10 min], got " + initialBackoff
                    + " and " + maxBackoff);
        }
        if (initialBackoff.compareTo(maxBackoff) > 0) {
            throw new InvalidValueException("initialBackoff", "must not exceed maxBackoff " + maxBackoff + ", got "
                    + initialBackoff);
        }
    }

    public static RetryPolicy attempts(int maxAttempts) {
        return new RetryPolicy(maxAttempts, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF, true);
    }

    public RetryPolicy withBackoff(Duration initial, Duration max) {
        return new RetryPolicy(maxAttempts, initial, max, retryStaleVersions);
    }

    public RetryPolicy withRetryStaleVersions(boolean retry) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, retry);
    }

    /** True when {@code failure} is worth running the unit again for. */
    public boolean isRetryable(Throwable failure) {
        if (TransientStoreException.isTransient(failure)) {
            return true;
        }
        return retryStaleVersions && failure instanceof StaleVersionException;
    }

    /** The wait before retry number {@code retry} (1 for the first): initialBackoff x 2^(retry-1), capped. */
    public Duration backoff(int retry) {
        Duration wait = initialBackoff;
        for (int i = 1; i < retry && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
