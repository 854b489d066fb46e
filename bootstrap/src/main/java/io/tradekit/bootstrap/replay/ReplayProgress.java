package io.tradekit.bootstrap.replay;

/** Told how far a replay has come, print by print; the CLI draws a progress bar from it. */
public interface ReplayProgress {
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

    void started(long total);

    void advanced(long done);

    void finished();
}
