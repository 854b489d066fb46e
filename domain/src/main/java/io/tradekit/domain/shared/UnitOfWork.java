package io.tradekit.domain.shared;

import java.util.function.Supplier;

/**
 * Runs several repository writes all-or-nothing. Every adapter provides one: when the work throws,
 * nothing it wrote stays behind, in the database and in memory alike.
 */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);

    /**
     * True while a unit of work of this store is open on the calling thread: a unit started now would join it.
     * A retry must repeat the outermost unit, never a joined one (its transaction is doomed with the outer one).
     */
    boolean isActive();

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
