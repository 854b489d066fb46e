package io.tradekit.bootstrap.replay;

/**
 * One thing wrong with an input file, located to its line: {@code FILE:LINE: field: problem}.
 * Line 0 means the file as a whole (it is missing or empty).
 */
public record InputProblem(String file, long line, String field, String problem) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + problem;
    }
}
