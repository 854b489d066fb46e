package io.tradekit.adapters.inmemory;

import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * All-or-nothing for the in-memory store: every write made inside {@link #inTransaction} registers a
 * compensating action; when the work throws, they run newest first and nothing it wrote stays behind.
 *
 * <p>Isolation, kept simple and safe: a transaction holds this store's write gate exclusively from its
 * first to its last statement, so transactions run one at a time and a single write outside a transaction
 * ({@link #write}) never interleaves with one (it takes the gate shared, so such writes still run in
 * parallel with each other on their own atomic per-key structures). This is what makes a rolled-back
 * claim invisible to competing writers, as a row lock would in a database: a racing
 * {@code createIfFirst} waits for the transaction instead of losing to a trigger that is then undone.
 * Reads take no lock at all; they may observe a transaction's writes before it commits.
 *
 * <p>A nested {@code inTransaction} joins the outer one. If a nested block fails and the outer work
 * swallows the exception, the whole transaction is rolled back when the outer work returns and an
 * {@link IllegalStateException} says so (as Spring's rollback-only transactions do).
 */
public final class InMemoryUnitOfWork implements UnitOfWork {
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Require.nonNull(work, "work");
        Transaction joined = current.get();
        if (joined != null) {
            return runNested(joined, work);
        }
        gate.writeLock().lock();
        Transaction tx = new Transaction();
        current.set(tx);
        try {
            T result;
            try {
                result = work.get();
            } catch (Throwable failure) {
                tx.rollback(failure);
                throw failure;
            }
            if (tx.rollbackOnly != null) {
                IllegalStateException rolledBack = new IllegalStateException(
                        "transaction rolled back: a nested unit of work failed and its failure was swallowed",
                        tx.rollbackOnly);
                tx.rollback(rolledBack);
                throw rolledBack;
            }
            return result;
        } finally {
            current.remove();
            gate.writeLock().unlock();
        }
    }

    private static <T> T runNested(Transaction tx, Supplier<T> work) {
        try {
            return work.get();
        } catch (Throwable failure) {
            if (tx.rollbackOnly == null) {
                tx.rollbackOnly = failure;
            }
            throw failure;
        }
    }

    /** True when the calling thread is inside {@link #inTransaction} of this store. */
    @Override
    public boolean isActive() {
        return current.get() != null;
    }

    public boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * Runs one repository write. Inside a transaction it simply runs (the transaction holds the gate);
     * outside, it takes the gate shared so it never interleaves with a transaction. The write itself
     * must be atomic on its own structures.
     */
    public <T> T write(Supplier<T> operation) {
        if (current.get() != null) {
            return operation.get();
        }
        gate.readLock().lock();
        try {
            return operation.get();
        } finally {
            gate.readLock().unlock();
        }
    }

    /**
     * Registers how to take back a write just made. Outside a transaction a write is final and
     * nothing is kept.
     */
    public void onRollback(Runnable undo) {
        Transaction tx = current.get();
        if (tx != null) {
            tx.undo.add(undo);
        }
    }

    private static final class Transaction {
        private final List<Runnable> undo = new ArrayList<>();
        private Throwable rollbackOnly;

        void rollback(Throwable failure) {
            for (int i = undo.size() - 1; i >= 0; i--) {
                try {
                    undo.get(i).run();
                } catch (RuntimeException | Error e) {
                    failure.addSuppressed(e);
                }
            }
            undo.clear();
        }
    }
}
