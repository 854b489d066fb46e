package io.tradekit.domain.shared;

/**
 * The store could not be reached (connection refused, pool exhausted, server gone). Nothing was
 * written by the failed call; a bot may catch this and retry the same idempotent command later.
 */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
