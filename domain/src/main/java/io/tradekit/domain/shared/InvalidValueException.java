package io.tradekit.domain.shared;

/** A value object or command got input it cannot hold; {@link #field()} names the offending field. */
public class InvalidValueException extends DomainException {
    private final String field;

    public InvalidValueException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
