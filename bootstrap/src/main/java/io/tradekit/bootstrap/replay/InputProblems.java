package io.tradekit.bootstrap.replay;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a file is read to its end, so one run reports them together. */
public final class InputProblems {
    /** Enough to see a pattern; a file with a wrong column has one per row. */
    public static final int LIMIT = 20;

    private final List<InputProblem> kept = new ArrayList<>();
    private long total;

    public void add(String file, long line, String field, String problem) {
        total++;
        if (kept.size() < LIMIT) {
            // whatever a message quotes from the input reaches a terminal: no control character gets there raw
            kept.add(new InputProblem(InputCells.escape(file), line, InputCells.escape(field),
                    InputCells.escape(problem)));
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public void throwIfAny() {
        if (total > 0) {
            throw new InvalidInputException(kept, total);
        }
    }
}
