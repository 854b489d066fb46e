package io.tradekit.domain.shared;

import java.util.function.Supplier;

/**
 * Runs several repository writes all-or-nothing. Every adapter provides one: when the work throws,
 * nothing it wrote stays behind, in the database and in memory alike.
 */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
