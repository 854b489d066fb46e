package io.tradekit.adapters.inmemory;

import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;

/**
 * A consistent multi-row read of an index that a {@link StampedLock}'s write lock guards: first without
 * locking (an optimistic stamp, validated afterwards), and again under the read lock only if a writer got in
 * between. The reader must be free of side effects, as it may run twice.
 */
public final class StampedReads {
    private StampedReads() {
    }

    public static <T> T read(StampedLock lock, Supplier<T> reader) {
        long stamp = lock.tryOptimisticRead();
        if (stamp != 0) {
            try {
                T result = reader.get();
                if (lock.validate(stamp)) {
                    return result;
                }
            } catch (RuntimeException racedWithWriter) {
                if (lock.validate(stamp)) {
                    throw racedWithWriter;
                }
            }
        }
        stamp = lock.readLock();
        try {
            return reader.get();
        } finally {
            lock.unlockRead(stamp);
        }
    }
}
