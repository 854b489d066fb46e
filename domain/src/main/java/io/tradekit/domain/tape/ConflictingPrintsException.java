package io.tradekit.domain.tape;

import io.tradekit.domain.shared.DomainException;
import java.util.List;

/** Prints offered with a trade id the tape holds with other content; nothing of their batch was written. */
public class ConflictingPrintsException extends DomainException {
    private final List<PrintConflict> conflicts;

    public ConflictingPrintsException(List<PrintConflict> conflicts) {
        super(message(conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<PrintConflict> conflicts() {
        return conflicts;
    }

    private static String message(List<PrintConflict> conflicts) {
        PrintConflict first = conflicts.get(0);
        return conflicts.size() + (conflicts.size() == 1 ? " print conflicts" : " prints conflict")
                + " with the tape, nothing was written; first: trade id " + first.tradeId() + ": "
                + first.differences();
    }
}
