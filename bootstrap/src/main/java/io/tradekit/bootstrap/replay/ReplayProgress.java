package io.tradekit.bootstrap.replay;

import io.tradekit.application.backtest.BacktestProgress;

/** Told how far a replay has come, print by print; the CLI draws a progress bar from it. */
public interface ReplayProgress extends BacktestProgress {
    ReplayProgress NONE = new ReplayProgress() {
        @Override
        public void started(long total) {
        }

        @Override
        public void advanced(long done) {
        }

        @Override
        public void finished() {
        }
    };
}
