package io.tradekit.application.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Keeps a bounded, shape-preserving subset of a curve whose length is known in advance (an upper bound).
 * When everything fits, everything is kept. Otherwise the first point is kept and the rest is cut into
 * equal buckets of consecutive points; of each bucket the lowest, the highest and the last point are kept
 * (in time order, each once), so every peak and trough of the full curve survives and a chart of the
 * kept points shows the same extremes and the same final value.
 */
final class CurveSampler {
    static final int MIN_POINTS = 16;

    private final int maxPoints;
    private final long bucketSize;
    private final List<EquityPoint> kept = new ArrayList<>();
    private long seen;

    private long bucket = -1;
    private EquityPoint low;
    private long lowIndex;
    private EquityPoint high;
    private long highIndex;
    private EquityPoint last;
    private long lastIndex;

    CurveSampler(long expectedPoints, int maxPoints) {
        if (maxPoints < MIN_POINTS) {
            throw new IllegalArgumentException("maxPoints must be at least " + MIN_POINTS + ", got " + maxPoints);
        }
        this.maxPoints = maxPoints;
        long rest = Math.max(0, expectedPoints - 1);
        long buckets = (maxPoints - 1) / 3;
        this.bucketSize = expectedPoints <= maxPoints ? 1 : (rest + buckets - 1) / buckets;
    }

    void add(EquityPoint point) {
        long index = seen++;
        if (index == 0 || bucketSize == 1) {
            kept.add(point);
            return;
        }
        long pointBucket = (index - 1) / bucketSize;
        if (pointBucket != bucket) {
            flush();
            bucket = pointBucket;
            low = high = point;
            lowIndex = highIndex = index;
        } else {
            if (point.equity().compareTo(low.equity()) < 0) {
                low = point;
                lowIndex = index;
            }
            if (point.equity().compareTo(high.equity()) > 0) {
                high = point;
                highIndex = index;
            }
        }
        last = point;
        lastIndex = index;
    }

    private void flush() {
        if (last == null) {
            return;
        }
        // low, high and last in time order, each once
        TreeMap<Long, EquityPoint> byIndex = new TreeMap<>();
        byIndex.put(lowIndex, low);
        byIndex.put(highIndex, high);
        byIndex.put(lastIndex, last);
        kept.addAll(byIndex.values());
        last = null;
    }

    /** The kept points in time order. */
    List<EquityPoint> points() {
        flush();
        return List.copyOf(kept);
    }

    /** How many points the full curve had. */
    long seen() {
        return seen;
    }

    int maxPoints() {
        return maxPoints;
    }
}
