package io.tradekit.adapters.postgres;

/**
 * A database failure the domain has no name for (an unexpected server error, a statement timeout, a missing
 * permission); deadlocks and serialization failures are {@link io.tradekit.domain.shared.TransientStoreException}. The store stays usable; what the failed call wrote was rolled back with its
 * transaction. Failures to reach the server are {@link io.tradekit.domain.shared.StoreUnavailableException}
 * instead, and constraint violations the domain's own errors.
 */
public class PostgresStoreException extends RuntimeException {
    private final String sqlState;

    public PostgresStoreException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** The server's SQLSTATE code when it sent one, else null. */
    public String sqlState() {
        return sqlState;
    }

    /** True for failures that a retry of the same call may not meet again (deadlock, serialization, lock wait). */
    public boolean isTransient() {
        return sqlState != null && (sqlState.equals("40001") || sqlState.equals("40P01") || sqlState.equals("55P03"));
    }
}
