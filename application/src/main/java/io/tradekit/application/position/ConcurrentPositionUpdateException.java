package io.tradekit.application.position;

import io.tradekit.domain.shared.DomainException;
import io.tradekit.domain.shared.DuplicateKeyException;
import io.tradekit.domain.shared.StaleVersionException;

/**
 * Another writer changed a position of the account between our read and our write: its stored version
 * moved on ({@link StaleVersionException}), or it opened the account's position in the token first
 * ({@link DuplicateKeyException}). The whole unit of work was rolled back;
 * nothing of the command is stored. Re-run the same command: it reads the fresh state and applies on top,
 * so no update is lost.
 */
public class ConcurrentPositionUpdateException extends DomainException {
    public ConcurrentPositionUpdateException(String attempted, DomainException cause) {
        super("conflict while trying to " + attempted + ": " + cause.getMessage() + " (nothing stored; retry)", cause);
    }

    /** True for the domain errors that mean "someone else wrote first", which a retry resolves. */
    public static boolean isConflict(RuntimeException e) {
        return e instanceof StaleVersionException || e instanceof DuplicateKeyException;
    }
}
