package io.tradekit.bootstrap.replay;

/**
 * The trade ids of a tape seen so far, in fixed memory per id (16 bytes, open addressing): a 64-bit hash of the
 * id, a hash of the print's values and the line it was first seen on, side by side in one array so a look-up touches
 * one cache line. Enough to tell a print received twice (same id, same values) from an id reused with other values,
 * without holding the tape. Two different ids or values that hash alike (odds about n^2 / 2^64 and 1 / 2^32) would
 * pass unnoticed; the store's idempotent ingest by trade id still keeps the first.
 */
final class TradeIdFingerprints {
    /** {@link #putIfAbsent}: the id is new. */
    static final long NEW = -1;
    /** {@link #putIfAbsent}: the id was seen with other values (at {@link #lastFirstLine()}). */
    static final long DIFFERENT = -2;

    /** Slot i: {@code [2i]} the id's hash (0: empty), {@code [2i + 1]} the value hash (high half) and the line. */
    private long[] slots = new long[2 << 12];
    private int size;
    private long lastFirstLine;

    /** NEW, DIFFERENT, or (same id, same values) the line it was first seen on. */
    long putIfAbsent(String id, int valueHash, long line) {
        long h = hash(id);
        int mask = slots.length / 2 - 1;
        int i = index(h) & mask;
        while (slots[2 * i] != 0) {
            if (slots[2 * i] == h) {
                long entry = slots[2 * i + 1];
                lastFirstLine = entry & 0xffff_ffffL;
                return (int) (entry >>> 32) == valueHash ? lastFirstLine : DIFFERENT;
            }
            i = (i + 1) & mask;
        }
        slots[2 * i] = h;
        slots[2 * i + 1] = ((long) valueHash << 32) | Math.min(line, 0xffff_ffffL);
        if (++size * 10L > (slots.length / 2) * 6L) {
            grow();
        }
        return NEW;
    }

    long lastFirstLine() {
        return lastFirstLine;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length / 2 - 1;
        for (int j = 0; j < old.length; j += 2) {
            long h = old[j];
            if (h != 0) {
                int i = index(h) & mask;
                while (slots[2 * i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[2 * i] = h;
                slots[2 * i + 1] = old[j + 1];
            }
        }
    }

    private static int index(long h) {
        return (int) (h ^ (h >>> 32));
    }

    /** FNV-1a over the UTF-16 units, then a finalizer; never 0 (0 marks an empty slot). */
    private static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < id.length(); k++) {
            h ^= id.charAt(k);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
