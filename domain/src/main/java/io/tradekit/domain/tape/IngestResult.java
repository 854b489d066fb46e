package io.tradekit.domain.tape;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import java.util.List;

/**
 * What a batch did to the tape.
 *
 * @param inserted  how many prints were new (each trade id counted once)
 * @param conflicts the prints offered with a trade id the tape (or the batch, earlier) holds with other content,
 *                  in the batch's order; the tape keeps the stored print
 */
public record IngestResult(int inserted, List<PrintConflict> conflicts) {
    public static final IngestResult NOTHING = new IngestResult(0, List.of());

    public IngestResult {
        if (inserted < 0) {
            throw new InvalidValueException("inserted", "must not be negative, got " + inserted);
        }
        conflicts = List.copyOf(Require.nonNull(conflicts, "conflicts"));
    }

    public static IngestResult of(int inserted) {
        return new IngestResult(inserted, List.of());
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }
}
