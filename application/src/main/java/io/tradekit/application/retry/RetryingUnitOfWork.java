package io.tradekit.application.retry;

import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.time.Duration;
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

    public RetryingUnitOfWork(UnitOfWork store, RetryPolicy policy) {
        this(store, policy, d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
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
