package io.tradekit.domain.shared;

/**
 * The store could not be reached (connection refused or dropped, pool exhausted, server gone). Nothing was
 * written by the failed call; it is {@linkplain TransientStoreException transient}: the kit's use cases retry
 * it a bounded number of times, and a bot may catch this and retry the same idempotent command later.
 */
public class StoreUnavailableException extends TransientStoreException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
