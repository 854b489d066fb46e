package io.tradekit.bootstrap.replay;

/**
 * The trade ids of a tape seen so far, in fixed memory per id (16 bytes, open addressing): a 64-bit hash of the
 * id, a hash of the print's values and the line it was first seen on. Enough to tell a print received twice
 * (same id, same values) from an id reused with other values, without holding the tape. Two different ids or
 * values that hash alike (odds about n^2 / 2^64 and 1 / 2^32) would pass unnoticed; the store's idempotent ingest
 * by trade id still keeps the first.
 */
final class TradeIdFingerprints {
    /** {@link #putIfAbsent}: the id is new. */
    static final long NEW = -1;
    /** {@link #putIfAbsent}: the id was seen with other values (at {@link #lastFirstLine()}). */
    static final long DIFFERENT = -2;

    private long[] ids = new long[1 << 12];
    private int[] values = new int[1 << 12];
    private int[] lines = new int[1 << 12];
    private int size;
    private long lastFirstLine;

    /** NEW, DIFFERENT, or (same id, same values) the line it was first seen on. */
    long putIfAbsent(String id, int valueHash, long line) {
        long h = hash(id);
        int mask = ids.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (ids[i] != 0) {
            if (ids[i] == h) {
                lastFirstLine = lines[i];
                return values[i] == valueHash ? lines[i] : DIFFERENT;
            }
            i = (i + 1) & mask;
        }
        ids[i] = h;
        values[i] = valueHash;
        lines[i] = (int) Math.min(line, Integer.MAX_VALUE);
        if (++size * 10L > ids.length * 6L) {
            grow();
        }
        return NEW;
    }

    long lastFirstLine() {
        return lastFirstLine;
    }

    private void grow() {
        long[] oldIds = ids;
        int[] oldValues = values;
        int[] oldLines = lines;
        ids = new long[oldIds.length * 2];
        values = new int[oldIds.length * 2];
        lines = new int[oldIds.length * 2];
        int mask = ids.length - 1;
        for (int j = 0; j < oldIds.length; j++) {
            long h = oldIds[j];
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (ids[i] != 0) {
                    i = (i + 1) & mask;
                }
                ids[i] = h;
                values[i] = oldValues[j];
                lines[i] = oldLines[j];
            }
        }
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
