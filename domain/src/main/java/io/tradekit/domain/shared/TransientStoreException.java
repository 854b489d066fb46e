package io.tradekit.domain.shared;

/**
 * The store failed a call for a reason that passes: the connection dropped, the server restarted, a
 * serialization failure or a deadlock with another writer. What the failed unit of work wrote was rolled back
 * with it, so the whole unit may be run again as it was. The kit's use cases do that themselves a bounded
 * number of times (see the application's {@code RetryPolicy}); a bot meets this only when the retries ran out,
 * and may run the same idempotent command again later. Adapters translate their own failures to it, so a bot
 * decides what to retry without importing an adapter class.
 */
public class TransientStoreException extends RuntimeException {
    public TransientStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when {@code failure} or one of its causes is transient. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientStoreException) {
                return true;
            }
        }
        return false;
    }
}
