package io.tradekit.application.backtest;

/** Told how far a run has come, print by print (a CLI draws a progress bar from it). */
public interface BacktestProgress {
    BacktestProgress NONE = new BacktestProgress() {
        @Override
        public void started(long totalPrints) {
        }

        @Override
        public void advanced(long printsDone) {
        }

        @Override
        public void finished() {
        }
    };

    /** {@code totalPrints} is -1 when the source cannot tell in advance. */
    void started(long totalPrints);

    void advanced(long printsDone);

    void finished();
}
