package io.tradekit.domain.shared;

/** Base of every rule the domain refuses to break. Messages say what was attempted and why it is illegal. */
public class DomainException extends RuntimeException {
    public DomainException(String message) {
        super(message);
    }

    public DomainException(String message, Throwable cause) {
        super(message, cause);
    }
}
