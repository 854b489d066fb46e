package io.tradekit.bootstrap.replay;

import java.util.List;

/**
 * The input files are malformed; nothing was written. Holds the first problems found (up to
 * {@link InputProblems#LIMIT}) and how many there were in all.
 */
public class InvalidInputException extends RuntimeException {
    private final List<InputProblem> problems;
    private final long total;

    public InvalidInputException(List<InputProblem> problems, long total) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public List<InputProblem> problems() {
        return problems;
    }

    /** All problems found, including those past the limit that were only counted. */
    public long total() {
        return total;
    }
}
