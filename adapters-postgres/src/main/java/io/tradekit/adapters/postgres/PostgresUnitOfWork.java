package io.tradekit.adapters.postgres;

import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A unit of work is one database transaction: every repository call inside it uses the same
 * connection, and an exception rolls all of it back. A unit of work started inside another one runs
 * on a savepoint: when it fails, only its own writes are undone and the outer one may carry on.
 */
public final class PostgresUnitOfWork implements UnitOfWork {
    private final TransactionTemplate transaction;
    private final StoreFailures failures;

    public PostgresUnitOfWork(PlatformTransactionManager transactions, StoreFailures failures) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.failures = failures;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Require.nonNull(work, "work");
        try {
            return transaction.execute(status -> work.get());
        } catch (TransactionException | DataAccessException e) {
            throw failures.translate("run a unit of work", e);
        }
    }
}
