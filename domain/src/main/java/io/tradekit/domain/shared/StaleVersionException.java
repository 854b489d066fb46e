package io.tradekit.domain.shared;

/**
 * Optimistic locking said no: the aggregate was changed by someone else since it was read.
 * Reload and retry; never overwrite.
 */
public class StaleVersionException extends DomainException {
    public StaleVersionException(String aggregate, String id, long expectedVersion) {
        super(aggregate + " " + id + " was modified concurrently: expected version " + expectedVersion
                + " is no longer current; reload and retry");
    }
}
