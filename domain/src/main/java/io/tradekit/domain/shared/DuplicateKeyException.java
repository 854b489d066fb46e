package io.tradekit.domain.shared;

/** A write would create a second aggregate under a key that must be unique. */
public class DuplicateKeyException extends DomainException {
    public DuplicateKeyException(String message) {
        super(message);
    }

    public DuplicateKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
