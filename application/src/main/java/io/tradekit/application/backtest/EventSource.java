package io.tradekit.application.backtest;

/**
 * Where a backtest's events come from, one at a time and in time order (ties keep the source's order), so
 * memory does not grow with the tape. Sources for files and stores live in the adapters and bootstrap;
 * {@link EventSources} combines them.
 */
public interface EventSource extends AutoCloseable {

    /** The next event, or null at the end. */
    BacktestEvent next();

    /** How many prints the source will yield, when it knows (for a progress bar's ETA); -1 when it does not. */
    default long printCount() {
        return -1;
    }

    @Override
    default void close() {
    }
}
