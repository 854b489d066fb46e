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
            kept.add(new InputProblem(file, line, field, problem));
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
