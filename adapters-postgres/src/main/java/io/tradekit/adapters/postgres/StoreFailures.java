package io.tradekit.adapters.postgres;

import com.zaxxer.hikari.pool.HikariPool;
import io.tradekit.domain.shared.DomainException;
import io.tradekit.domain.shared.DuplicateKeyException;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.StoreUnavailableException;
import io.tradekit.domain.shared.TransientStoreException;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.ibatis.exceptions.PersistenceException;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Turns what the driver, the pool, MyBatis and Spring throw into the kit's failure types, so no
 * library exception leaves a port method:
 * <ul>
 *   <li>the server cannot be reached (refused, gone, pool timed out, too many connections) -&gt;
 *       {@link StoreUnavailableException}, with the cause;</li>
 *   <li>a unique key taken -&gt; {@link DuplicateKeyException};</li>
 *   <li>a CHECK, NOT NULL or foreign key refused, a value out of the column's range -&gt;
 *       {@link InvalidValueException} naming the column or constraint;</li>
 *   <li>anything else from the database -&gt; {@link PostgresStoreException} with its SQLSTATE.</li>
 * </ul>
 * Exceptions that did not come from the database (a domain error, a caller's callback failing) pass
 * through unchanged. Messages never contain the password: the configured secrets are blanked.
 */
public final class StoreFailures {
    private final List<String> secrets;

    public StoreFailures(String... secrets) {
        this.secrets = java.util.Arrays.stream(secrets).filter(Objects::nonNull).filter(s -> !s.isEmpty()).toList();
    }

    /** Runs one call to the database, translating its failures. */
    public <T> T call(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw translate(what, e);
        }
    }

    /** The kit's exception for {@code failure}, which happened while trying to {@code what}. */
    public RuntimeException translate(String what, Throwable failure) {
        if (failure instanceof DomainException || failure instanceof TransientStoreException
                || failure instanceof PostgresStoreException) {
            return (RuntimeException) failure;
        }
        if (!fromTheStore(failure)) {
            return failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
        }
        SQLException sql = find(failure, SQLException.class);
        String state = sql == null ? null : sql.getSQLState();
        if (isConnectionFailure(failure)) {
            return new StoreUnavailableException(
                    "PostgreSQL store unavailable, could not " + what + ": " + scrub(firstLine(rootMessage(failure))),
                    failure);
        }
        if (isTransientState(state)) {
            // another writer won a race (serialization failure, deadlock, lock not available): the unit may be rerun
            return new TransientStoreException("PostgreSQL could not " + what + " (SQLSTATE " + state + ", transient): "
                    + scrub(firstLine(rootMessage(failure))), failure);
        }
        if ("23505".equals(state)) {
            return new DuplicateKeyException("cannot " + what + ": " + scrub(serverText(sql)), failure);
        }
        if (state != null && (state.startsWith("23") || state.startsWith("22"))) {
            InvalidValueException invalid = new InvalidValueException(offendingField(sql),
                    "the store refused to " + what + ": " + scrub(serverText(sql)));
            invalid.initCause(failure);
            return invalid;
        }
        String message = "PostgreSQL failed to " + what + (state == null ? "" : " (SQLSTATE " + state + ")") + ": "
                + scrub(firstLine(rootMessage(failure)));
        return new PostgresStoreException(message, state, failure);
    }

    /** True when {@code failure} says the server could not be reached or used at all. */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof HikariPool.PoolInitializationException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** True when the database itself answered {@code failure} with a SQLSTATE (permission, timeout, ...). */
    public static boolean hasSqlState(Throwable failure) {
        SQLException sql = find(failure, SQLException.class);
        return sql != null && sql.getSQLState() != null;
    }

    static boolean isTransientState(String state) {
        return "40001".equals(state) || "40P01".equals(state) || "55P03".equals(state);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") // connection exception
                || state.equals("53300") // too many connections
                // the server shutting down, crashed, or still starting
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    String scrub(String text) {
        if (text == null) {
            return "";
        }
        String result = JdbcUrls.sanitize(text);
        for (String secret : secrets) {
            result = result.replace(secret, "****");
        }
        return result;
    }

    private static boolean fromTheStore(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLException || t instanceof DataAccessException || t instanceof TransactionException
                    || t instanceof PersistenceException || t instanceof FlywayException
                    || t instanceof HikariPool.PoolInitializationException || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String offendingField(SQLException sql) {
        if (sql instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            if (m.getColumn() != null) {
                return m.getColumn();
            }
            if (m.getConstraint() != null) {
                return m.getConstraint();
            }
        }
        return "value";
    }

    private static String serverText(SQLException sql) {
        if (sql instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            return m.getMessage() + (m.getDetail() == null ? "" : " (" + m.getDetail() + ")");
        }
        return sql.getMessage();
    }

    private static String rootMessage(Throwable failure) {
        List<Throwable> all = chain(failure);
        for (int i = all.size() - 1; i >= 0; i--) {
            String message = all.get(i).getMessage();
            if (message != null && !message.isBlank()) {
                return message.strip();
            }
        }
        return failure.getClass().getSimpleName();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t : chain(failure)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static List<Throwable> chain(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        java.util.ArrayList<Throwable> all = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            all.add(t);
        }
        return all;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException sql && sql.getCause() == null) {
            return sql.getNextException();
        }
        return t.getCause();
    }
}
