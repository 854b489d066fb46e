package io.tradekit.adapters.postgres;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
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
    private final DataSource dataSource;

    public StoreCalls(DataSourceTransactionManager transactions, StoreFailures failures) {
        this.failures = failures;
        this.dataSource = transactions.getDataSource();
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
     * transaction: runs in the caller's transaction when one is open on this store (without joining it
     * through a template, so a failing consumer does not doom the caller's transaction), else in a
     * read-only one of its own.
     */
    public void streamInTransaction(String what, Runnable work) {
        if (TransactionSynchronizationManager.hasResource(dataSource)) {
            failures.call(what, () -> {
                work.run();
                return null;
            });
            return;
        }
        failures.call(what, () -> reads.execute(status -> {
            work.run();
            return null;
        }));
    }

    public StoreFailures failures() {
        return failures;
    }
}
