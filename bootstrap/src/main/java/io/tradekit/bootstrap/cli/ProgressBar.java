package io.tradekit.bootstrap.cli;

import io.tradekit.bootstrap.replay.ReplayProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for a terminal: bar, count, rate and time left, redrawn in place with a
 * carriage return at most ten times a second, and erased when the replay ends so only the report
 * remains. Elapsed time comes from a monotonic ticker (System.nanoTime), not the wall clock.
 */
final class ProgressBar implements ReplayProgress {
    private static final int BAR_WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final LongSupplier nanoTicker;
    private final String unit;
    private long total;
    private long startedAt;
    private long lastDrawAt;
    private int lastWidth;

    ProgressBar(PrintWriter out, LongSupplier nanoTicker, String unit) {
        this.out = out;
        this.nanoTicker = nanoTicker;
        this.unit = unit;
    }

    @Override
    public void started(long total) {
        this.total = total;
        this.startedAt = nanoTicker.getAsLong();
        this.lastDrawAt = startedAt;
        draw(0);
    }

    @Override
    public void advanced(long done) {
        long now = nanoTicker.getAsLong();
        if (now - lastDrawAt >= REDRAW_NANOS || done == total) {
            lastDrawAt = now;
            draw(done);
        }
    }

    @Override
    public void finished() {
        out.print("\r" + " ".repeat(lastWidth) + "\r");
        out.flush();
    }

    private void draw(long done) {
        String line = line(done, nanoTicker.getAsLong() - startedAt);
        out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        out.flush();
        lastWidth = line.length();
    }

    /** The text of the bar after {@code done} items in {@code elapsedNanos}. */
    String line(long done, long elapsedNanos) {
        if (total < 0) {
            // a source that cannot tell its length (the store's tape): the count and the rate, no bar and no ETA
            double seconds = elapsedNanos / 1e9;
            String rate = seconds <= 0 || done == 0 ? "-" : String.format(Locale.ROOT, "%,.0f", done / seconds);
            return String.format(Locale.ROOT, "%,d %s  %s/s", done, unit, rate);
        }
        double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        double seconds = elapsedNanos / 1e9;
        String rate = seconds <= 0 || done == 0 ? "-" : String.format(Locale.ROOT, "%,.0f", done / seconds);
        String eta = seconds <= 0 || done == 0 ? "--:--" : clock((long) Math.ceil((total - done) * seconds / done));
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %,d/%,d %s  %s/s  ETA %s", "#".repeat(filled),
                "-".repeat(BAR_WIDTH - filled), Math.round(fraction * 100), done, total, unit, rate, eta);
    }

    private static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
