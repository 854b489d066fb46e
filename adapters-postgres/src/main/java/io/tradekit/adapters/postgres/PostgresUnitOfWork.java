package io.tradekit.adapters.postgres;

import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A unit of work is one database transaction: every repository call inside it uses the same connection,
 * and an exception rolls all of it back and propagates unchanged. A unit started inside another one joins
 * it: when the inner one fails, the whole transaction is doomed; if the outer work swallows that failure,
 * the transaction is still rolled back when the outer work returns and an {@link IllegalStateException}
 * says so (with the swallowed failure as its cause) - the same as the in-memory store.
 */
public final class PostgresUnitOfWork implements UnitOfWork {
    private final TransactionTemplate transaction;
    private final StoreFailures failures;
    /** The first failure of a nested unit within the outermost unit running on this thread. */
    private final ThreadLocal<Throwable[]> nestedFailure = new ThreadLocal<>();

    public PostgresUnitOfWork(PlatformTransactionManager transactions, StoreFailures failures) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.failures = failures;
    }

    @Override
    public boolean isActive() {
        return nestedFailure.get() != null;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Require.nonNull(work, "work");
        Throwable[] joined = nestedFailure.get();
        boolean outermost = joined == null;
        Throwable[] failure = outermost ? new Throwable[1] : joined;
        if (outermost) {
            nestedFailure.set(failure);
        }
        try {
            return transaction.execute(status -> {
                try {
                    return work.get();
                } catch (RuntimeException | Error e) {
                    if (!outermost && failure[0] == null) {
                        failure[0] = e;
                    }
                    throw e;
                }
            });
        } catch (TransactionSystemException e) {
            // the rollback failed too (the connection is gone): the failure that caused it is what went wrong
            Throwable cause = e.getApplicationException() != null ? e.getApplicationException() : e;
            RuntimeException translated = failures.translate("run a unit of work", cause);
            if (cause != e) {
                translated.addSuppressed(e);
            }
            throw translated;
        } catch (UnexpectedRollbackException e) {
            throw new IllegalStateException("transaction rolled back: a nested unit of work failed and its failure"
                    + " was swallowed", failure[0] != null ? failure[0] : e);
        } catch (TransactionException | DataAccessException e) {
            throw failures.translate("run a unit of work", e);
        } finally {
            if (outermost) {
                nestedFailure.remove();
            }
        }
    }
}
