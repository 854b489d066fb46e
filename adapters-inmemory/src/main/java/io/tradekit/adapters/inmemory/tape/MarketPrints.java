package io.tradekit.adapters.inmemory.tape;

import io.tradekit.adapters.inmemory.StampedReads;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.StampedLock;

/**
 * One market's prints in (timestamp, trade id) order. A tape arrives nearly in that order, so most prints come after
 * the market's last one: they are appended to a sorted array (no node, no key object, no search); one a little out of
 * order (among the last {@value #NEAR_END}) is put in its place in the array. A print further back goes to a skip list
 * beside it, so a tape in any order costs no more than a skip list; reads merge the two. Writes take the lock; reads take none
 * (an optimistic stamp, validated, read again under the read lock only if a writer got in between).
 */
final class MarketPrints {
    private static final int FIRST_CAPACITY = 16;
    /** How far from the end a print out of order still goes into the array (moving the prints after it). */
    private static final int NEAR_END = 32;

    private final StampedLock lock = new StampedLock();
    /** The in-order prints: {@code run[head..size)}, ascending; removed ones at the front only move {@code head}. */
    private MarketTrade[] run = new MarketTrade[FIRST_CAPACITY];
    private int head;
    private int size;
    /** Prints that arrived before the array's last print; made on the first such print. */
    private volatile ConcurrentSkipListMap<WatermarkPosition, MarketTrade> outOfOrder;

    /** (timestamp, trade id) order between two prints, without making their positions. */
    static int compare(MarketTrade a, MarketTrade b) {
        int byTime = a.timestamp().compareTo(b.timestamp());
        return byTime != 0 ? byTime : a.tradeId().value().compareTo(b.tradeId().value());
    }

    private static int compare(MarketTrade a, WatermarkPosition b) {
        int byTime = a.timestamp().compareTo(b.timestamp());
        return byTime != 0 ? byTime : a.tradeId().value().compareTo(b.id());
    }

    /** Adds a print whose trade id is new to the tape (the caller checked). */
    void add(MarketTrade print) {
        long stamp = lock.writeLock();
        try {
            if (size == head || compare(print, run[size - 1]) > 0) {
                append(print);
            } else if (size - head <= NEAR_END || compare(print, run[size - 1 - NEAR_END]) > 0) {
                insertNearEnd(print);
            } else {
                ConcurrentSkipListMap<WatermarkPosition, MarketTrade> late = outOfOrder;
                if (late == null) {
                    late = new ConcurrentSkipListMap<>();
                    outOfOrder = late;
                }
                late.put(print.position(), print);
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /** A print a little out of order (a feed's usual delay): into the array, moving at most {@value #NEAR_END}. */
    private void insertNearEnd(MarketTrade print) {
        append(run[size - 1]); // makes room (growing if need be), the last print now twice
        int at = size - 2;
        while (at > head && compare(run[at - 1], print) > 0) {
            at--;
        }
        System.arraycopy(run, at, run, at + 1, size - 2 - at);
        run[at] = print;
    }

    private void append(MarketTrade print) {
        if (size == run.length) {
            int live = size - head;
            if (head > 0 && live <= run.length / 2) {
                // the front was removed (retention): reuse the room instead of growing
                MarketTrade[] moved = new MarketTrade[run.length];
                System.arraycopy(run, head, moved, 0, live);
                run = moved;
            } else {
                run = Arrays.copyOfRange(run, head, head + Math.max(FIRST_CAPACITY, live * 2));
            }
            head = 0;
            size = live;
        }
        run[size++] = print;
    }

    /** Removes the print (by its position); false when this market does not hold it. */
    boolean remove(MarketTrade print) {
        long stamp = lock.writeLock();
        try {
            int at = indexOf(print);
            if (at >= 0) {
                if (at == size - 1) {
                    run[--size] = null;
                } else if (at == head) {
                    run[head++] = null;
                } else {
                    // a new array rather than a shift in place: a reader without the lock never sees a print twice
                    MarketTrade[] rest = new MarketTrade[run.length];
                    System.arraycopy(run, head, rest, 0, at - head);
                    System.arraycopy(run, at + 1, rest, at - head, size - at - 1);
                    run = rest;
                    size = size - head - 1;
                    head = 0;
                }
                return true;
            }
            ConcurrentSkipListMap<WatermarkPosition, MarketTrade> late = outOfOrder;
            return late != null && late.remove(print.position(), print);
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /** Index of the print in the array (under the write lock), or -1. */
    private int indexOf(MarketTrade print) {
        int low = head;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = compare(run[mid], print);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return run[mid].equals(print) ? mid : -1;
            }
        }
        return -1;
    }

    /** Up to {@code limit} prints strictly after {@code after} (from the first when null), in order. */
    List<MarketTrade> after(WatermarkPosition after, int limit) {
        List<MarketTrade> fromRun = StampedReads.read(lock, () -> readRun(after, limit));
        ConcurrentSkipListMap<WatermarkPosition, MarketTrade> late = outOfOrder;
        if (late == null || late.isEmpty()) {
            return Collections.unmodifiableList(fromRun);
        }
        Iterator<MarketTrade> others = (after == null ? late : late.tailMap(after, false)).values().iterator();
        if (!others.hasNext()) {
            return Collections.unmodifiableList(fromRun);
        }
        List<MarketTrade> merged = new ArrayList<>(Math.min(limit, fromRun.size() + 16));
        int i = 0;
        MarketTrade other = others.next();
        while (merged.size() < limit && (i < fromRun.size() || other != null)) {
            if (other == null || i < fromRun.size() && compare(fromRun.get(i), other) < 0) {
                merged.add(fromRun.get(i++));
            } else {
                merged.add(other);
                other = others.hasNext() ? others.next() : null;
            }
        }
        return Collections.unmodifiableList(merged);
    }

    /** The array's part of a read; may run twice, and on a torn state when a writer got in (then it is discarded). */
    private List<MarketTrade> readRun(WatermarkPosition after, int limit) {
        MarketTrade[] prints = run;
        int from = head;
        int to = Math.min(size, prints.length);
        if (after != null) {
            int low = from;
            int high = to - 1;
            while (low <= high) { // the first print after the position
                int mid = (low + high) >>> 1;
                if (compare(prints[mid], after) <= 0) {
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            from = low;
        }
        int n = Math.max(0, Math.min(limit, to - from));
        List<MarketTrade> page = new ArrayList<>(n);
        for (int i = from; i < from + n; i++) {
            page.add(java.util.Objects.requireNonNull(prints[i])); // null: torn read, done again under the lock
        }
        return page;
    }

    /** The time of the market's latest print, or null when it holds none. */
    Instant lastTimestamp() {
        MarketTrade last = StampedReads.read(lock, () -> {
            int end = Math.min(size, run.length);
            return end > head ? run[end - 1] : null;
        });
        ConcurrentSkipListMap<WatermarkPosition, MarketTrade> late = outOfOrder;
        Map.Entry<WatermarkPosition, MarketTrade> lastLate = late == null ? null : late.lastEntry();
        if (lastLate != null && (last == null || compare(lastLate.getValue(), last) > 0)) {
            last = lastLate.getValue();
        }
        return last == null ? null : last.timestamp();
    }

    /** The prints after {@code after} in order, read a page at a time as the iterator goes (for retention). */
    Iterator<MarketTrade> iterator(Optional<WatermarkPosition> after) {
        return new Iterator<>() {
            private static final int PAGE = 256;
            private WatermarkPosition from = after.orElse(null);
            private List<MarketTrade> page = List.of();
            private int next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (done) {
                    return false;
                }
                page = after(from, PAGE);
                next = 0;
                done = page.size() < PAGE;
                if (!page.isEmpty()) {
                    from = page.get(page.size() - 1).position();
                }
                return !page.isEmpty();
            }

            @Override
            public MarketTrade next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
    }
}
