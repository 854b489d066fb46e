package io.tradekit.domain.shared;

/** An aggregate was asked to do something its current state forbids (close a closed position, ...). */
public class IllegalTransitionException extends DomainException {
    public IllegalTransitionException(String attempted, String why) {
        super("cannot " + attempted + ": " + why);
    }
}
