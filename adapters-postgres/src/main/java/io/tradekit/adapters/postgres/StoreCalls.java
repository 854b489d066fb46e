package io.tradekit.adapters.postgres;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the repositories call the database: every call's failures translated by {@link StoreFailures};
 * several statements that must stand or fall together run in one transaction, joining the caller's
 * unit of work when there is one.
 */
public final class StoreCalls {
    private final StoreFailures failures;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;

    public StoreCalls(PlatformTransactionManager transactions, StoreFailures failures) {
        this.failures = failures;
        this.writes = new TransactionTemplate(transactions);
        this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.reads = new TransactionTemplate(transactions);
        this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.reads.setReadOnly(true);
    }

    /** One statement (autocommit unless a unit of work is open). */
    public <T> T call(String what, Supplier<T> work) {
        return failures.call(what, work);
    }

    /** Several writes, all or nothing; part of the caller's transaction when one is open. */
    public <T> T inTransaction(String what, Supplier<T> work) {
        return failures.call(what, () -> writes.execute(status -> work.get()));
    }

    /**
     * A read that streams rows through a server-side cursor, which PostgreSQL keeps only inside a
     * transaction: joins the caller's, or opens a read-only one for the duration.
     */
    public void streamInTransaction(String what, Runnable work) {
        failures.call(what, () -> reads.execute(status -> {
            work.run();
            return null;
        }));
    }

    public StoreFailures failures() {
        return failures;
    }
}
