package io.tradekit.application.retry;

import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * A store's unit of work that runs an outermost unit again, whole, after a transient failure, as its
 * {@link RetryPolicy} says. A unit started inside another one joins it and is never retried on its own: the
 * outermost one is. The kit's use cases run on it; the work handed to it must be safe to run again (read what
 * it needs inside the unit, keep its results in locals), as every use case's is.
 */
public final class RetryingUnitOfWork implements UnitOfWork {
    /** Waits between attempts; a test passes one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final UnitOfWork store;
    private final RetryPolicy policy;
    private final Sleeper sleeper;

    /** Sleeps a random 50-100 % of each backoff ("equal jitter"), see {@link #jittered}. */
    public RetryingUnitOfWork(UnitOfWork store, RetryPolicy policy) {
        this(store, policy, d -> {
            Duration wait = jittered(d);
            Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
        });
    }

    public RetryingUnitOfWork(UnitOfWork store, RetryPolicy policy, Sleeper sleeper) {
        this.store = Require.nonNull(store, "store");
        this.policy = Require.nonNull(policy, "policy");
        this.sleeper = Require.nonNull(sleeper, "sleeper");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Require.nonNull(work, "work");
        if (store.isActive()) {
            return store.inTransaction(work); // joined: the outermost unit is the one to retry
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return store.inTransaction(work);
            } catch (RuntimeException e) {
                if (attempt >= policy.maxAttempts() || !policy.isRetryable(e)) {
                    throw e;
                }
                pause(policy.backoff(attempt), e);
            }
        }
    }

    @Override
    public boolean isActive() {
        return store.isActive();
    }

    public RetryPolicy policy() {
        return policy;
    }

    /**
     * A random wait in [backoff / 2, backoff]: writers that collided (several fills of one order at once) and
     * would otherwise all retry after the same backoff, and collide again, spread out; the bound stays the
     * policy's.
     */
    static Duration jittered(Duration backoff) {
        long nanos = backoff.toNanos();
        if (nanos < 2) {
            return backoff;
        }
        return Duration.ofNanos(nanos / 2 + ThreadLocalRandom.current().nextLong(nanos - nanos / 2 + 1));
    }

    private void pause(Duration wait, RuntimeException failure) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(interrupted);
            throw failure;
        }
    }
}
