package io.tradekit.bootstrap.replay;

import io.tradekit.application.backtest.BacktestEvent;
import io.tradekit.application.backtest.BacktestEvent.PrintReceived;
import io.tradekit.application.backtest.EventSource;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.TokenId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tape sorted by received time (ties in file order) in bounded memory: an external merge sort. Prints are kept
 * {@code runSize} at a time in flat arrays (about 80 bytes a print, no object per print); a full run is ordered and
 * spilled to a temporary file in a compact binary form; reading merges the spilled runs and the last one, still in
 * memory (a tape that fits one run never touches the disk). Memory holds one run and one read buffer per spilled run,
 * whatever the tape's length or disorder.
 *
 * <p>The order is a stable sort of the run's row numbers by received time in microseconds (a primitive key, no
 * comparator over objects), skipped when the run is in order already, as most venue exports nearly are. Runs that
 * follow each other in time are merged by reading one after the other.
 *
 * <p>Why a sort and not a bounded reorder window: venue exports are sorted by trade time and a delayed print may
 * arrive any time later, so no window fits every file; and the whole tape is read and checked before the first
 * write, so bad input still leaves the store untouched. The cost is one spill of the tape to disk.
 */
public final class SortedTape implements AutoCloseable {
    /** Prints per in-memory run: about 80 MB of heap. */
    public static final int DEFAULT_RUN_SIZE = 1_000_000;
    /** Trade id bytes per run, at most (ids are up to 200 characters): a run is spilled when either fills. */
    private static final int MAX_ID_BYTES = 64 << 20;
    private static final int READ_BUFFER = 1 << 18;
    /** Spilled runs at most: more are merged into one first, so a merge never holds too many files open. */
    static final int MAX_RUNS = 64;

    private final Path directory;
    private final int runSize;
    private final List<Path> runs = new ArrayList<>();
    /** Market and token ids, stored once and referred to by number. */
    private final List<ConditionId> conditions = new ArrayList<>();
    private final Map<ConditionId, Integer> conditionNumbers = new HashMap<>();
    private final List<TokenId> tokens = new ArrayList<>();
    private final Map<TokenId, Integer> tokenNumbers = new HashMap<>();
    private Run buffer;
    private long count;
    private int files;
    private boolean reading;

    public SortedTape(Path directory, int runSize) {
        if (runSize < 1) {
            throw new IllegalArgumentException("runSize must be positive, got " + runSize);
        }
        this.directory = directory;
        this.runSize = runSize;
        this.buffer = new Run(Math.min(runSize, 1 << 14));
    }

    /** Spills to a fresh directory under the system's temporary directory. */
    public static SortedTape inTemporaryDirectory() {
        try {
            return new SortedTape(Files.createTempDirectory("tradekit-tape-"), DEFAULT_RUN_SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory to sort the tape: " + e.getMessage(), e);
        }
    }

    /** Adds a print (the row is copied). */
    void add(TapeRow row) {
        if (reading) {
            throw new IllegalStateException("the tape is being read; add every print first");
        }
        buffer.add(row, number(row.conditionId), number(row.tokenId));
        count++;
        if (buffer.size >= runSize || buffer.idBytes >= MAX_ID_BYTES) {
            spill();
        }
    }

    /** Adds a print. */
    public void add(TapePrint print) {
        TapeRow row = new TapeRow();
        row.set(print.trade(), print.receivedAt(), print.line());
        add(row);
    }

    public long size() {
        return count;
    }

    /** Runs spilled to disk so far (0: the tape fit in memory). */
    public int spilledRuns() {
        return runs.size();
    }

    /** The prints in received order, as events; after the last {@link #add}. */
    public EventSource events() {
        Merge merge = merge();
        return new EventSource() {
            @Override
            public BacktestEvent next() {
                TapeRow row = merge.next();
                if (row == null) {
                    return null;
                }
                Instant at = TapeRow.instant(row.timestamp);
                Instant received = row.receivedAt == row.timestamp ? at : TapeRow.instant(row.receivedAt);
                return new PrintReceived(row.trade(merge.values, at), received);
            }

            @Override
            public long printCount() {
                return count;
            }

            @Override
            public void close() {
                merge.close();
            }
        };
    }

    /**
     * The prints in received order, with their lines; after the last {@link #add}. The tape may be read more than
     * once (the replay ingests it whole, then runs over it).
     */
    public Cursor prints() {
        Merge merge = merge();
        return new Cursor() {
            @Override
            public TapePrint next() {
                TapeRow row = merge.next();
                return row == null ? null : row.print(merge.values);
            }

            @Override
            public void close() {
                merge.close();
            }
        };
    }

    /** One read of the sorted tape. */
    public interface Cursor extends AutoCloseable {
        /** The next print, or null after the last. */
        TapePrint next();

        @Override
        void close();
    }

    private Merge merge() {
        if (!reading) {
            reading = true;
            buffer.order();
        }
        List<Source> sources = new ArrayList<>(runs.size() + 1);
        int bufferSize = Math.max(1 << 16, Math.min(READ_BUFFER, (64 << 20) / Math.max(1, runs.size())));
        for (Path run : runs) {
            sources.add(new FileSource(run, bufferSize));
        }
        if (buffer.size > 0) {
            sources.add(new MemorySource(buffer));
        }
        return new Merge(sources);
    }

    private int number(ConditionId id) {
        Integer n = conditionNumbers.get(id);
        if (n == null) {
            n = conditions.size();
            conditions.add(id);
            conditionNumbers.put(id, n);
        }
        return n;
    }

    private int number(TokenId id) {
        Integer n = tokenNumbers.get(id);
        if (n == null) {
            n = tokens.size();
            tokens.add(id);
            tokenNumbers.put(id, n);
        }
        return n;
    }

    private void spill() {
        buffer.order();
        Path run = directory.resolve("run-" + files++ + ".bin");
        try {
            Files.createDirectories(directory);
            try (FileChannel out = FileChannel.open(run, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                buffer.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill the tape to " + directory + ": " + e.getMessage(), e);
        }
        runs.add(run);
        buffer.clear();
        if (runs.size() >= MAX_RUNS) {
            mergeRuns();
        }
    }

    /** Merges the spilled runs into one (a tape of more than {@value #MAX_RUNS} runs). */
    private void mergeRuns() {
        Path merged = directory.resolve("run-" + files++ + ".bin");
        List<Source> sources = new ArrayList<>();
        for (Path run : runs) {
            sources.add(new FileSource(run, 1 << 16));
        }
        Merge merge = new Merge(sources);
        try (FileChannel out = FileChannel.open(merged, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer b = ByteBuffer.allocate(1 << 20);
            byte[] id = new byte[256];
            for (TapeRow r = merge.next(); r != null; r = merge.next()) {
                for (int k = 0; k < r.tradeId.length(); k++) {
                    id[k] = (byte) r.tradeId.charAt(k);
                }
                Run.put(b, out, r.receivedAt, r.line, r.timestamp, r.price, r.size, r.bigSize, number(r.conditionId),
                        number(r.tokenId), r.buy, id, 0, r.tradeId.length());
            }
            Run.flush(b, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill the tape to " + directory + ": " + e.getMessage(), e);
        } finally {
            merge.close();
        }
        close();
        runs.clear();
        runs.add(merged);
    }

    /** Deletes the spilled runs. */
    @Override
    public void close() {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
        try {
            Files.deleteIfExists(directory);
        } catch (IOException ignored) {
            // not empty or already gone
        }
    }

    /** One run in memory: a column per field, and the order to read it in. */
    private static final class Run {
        private long[] received;
        private long[] lines;
        private long[] timestamps;
        private long[] prices;
        private long[] sizes;
        private int[] conditions;
        private int[] tokens;
        private boolean[] buys;
        private int[] idEnds;
        private byte[] ids = new byte[1 << 16];
        private final Map<Integer, BigDecimal> bigSizes = new HashMap<>();
        private int[] order;
        int size;
        int idBytes;

        Run(int capacity) {
            allocate(capacity);
        }

        private void allocate(int capacity) {
            received = new long[capacity];
            lines = new long[capacity];
            timestamps = new long[capacity];
            prices = new long[capacity];
            sizes = new long[capacity];
            conditions = new int[capacity];
            tokens = new int[capacity];
            buys = new boolean[capacity];
            idEnds = new int[capacity];
        }

        void add(TapeRow row, int condition, int token) {
            if (size == received.length) {
                int capacity = size * 2;
                received = Arrays.copyOf(received, capacity);
                lines = Arrays.copyOf(lines, capacity);
                timestamps = Arrays.copyOf(timestamps, capacity);
                prices = Arrays.copyOf(prices, capacity);
                sizes = Arrays.copyOf(sizes, capacity);
                conditions = Arrays.copyOf(conditions, capacity);
                tokens = Arrays.copyOf(tokens, capacity);
                buys = Arrays.copyOf(buys, capacity);
                idEnds = Arrays.copyOf(idEnds, capacity);
            }
            String id = row.tradeId; // printable ASCII: one byte a character
            if (idBytes + id.length() > ids.length) {
                ids = Arrays.copyOf(ids, Math.max(ids.length * 2, idBytes + id.length()));
            }
            for (int k = 0; k < id.length(); k++) {
                ids[idBytes++] = (byte) id.charAt(k);
            }
            int i = size++;
            idEnds[i] = idBytes;
            received[i] = row.receivedAt;
            lines[i] = row.line;
            timestamps[i] = row.timestamp;
            prices[i] = row.price;
            sizes[i] = row.size;
            if (row.size == TapeRow.BIG) {
                bigSizes.put(i, row.bigSize);
            }
            conditions[i] = condition;
            tokens[i] = token;
            buys[i] = row.buy;
        }

        /** Orders the rows by received time, ties in the order they came (file order). */
        void order() {
            order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            for (int i = 1; i < size; i++) {
                if (received[i] < received[i - 1]) {
                    order = StableSort.byKey(order, received);
                    return;
                }
            }
        }

        void clear() {
            size = 0;
            idBytes = 0;
            order = null;
            bigSizes.clear();
        }

        void read(int index, TapeRow into, SortedTape tape) {
            int i = order[index];
            int start = i == 0 ? 0 : idEnds[i - 1];
            into.tradeId = new String(ids, start, idEnds[i] - start, StandardCharsets.ISO_8859_1);
            into.conditionId = tape.conditions.get(conditions[i]);
            into.tokenId = tape.tokens.get(tokens[i]);
            into.price = prices[i];
            into.size = sizes[i];
            into.bigSize = sizes[i] == TapeRow.BIG ? bigSizes.get(i) : null;
            into.buy = buys[i];
            into.timestamp = timestamps[i];
            into.receivedAt = received[i];
            into.line = lines[i];
        }

        long receivedAt(int index) {
            return received[order[index]];
        }

        long line(int index) {
            return lines[order[index]];
        }

        /** Writes the rows in order. */
        void writeTo(FileChannel out) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(1 << 20);
            for (int k = 0; k < size; k++) {
                int i = order[k];
                int start = i == 0 ? 0 : idEnds[i - 1];
                put(b, out, received[i], lines[i], timestamps[i], prices[i], sizes[i], bigSizes.get(i), conditions[i],
                        tokens[i], buys[i], ids, start, idEnds[i] - start);
            }
            flush(b, out);
        }

        /** One row: the fixed fields, the trade id, and a size too large for a long as its digits. */
        static void put(ByteBuffer b, FileChannel out, long received, long line, long timestamp, long price, long size,
                BigDecimal bigSize, int condition, int token, boolean buy, byte[] id, int idStart, int idLength)
                throws IOException {
            byte[] big = size == TapeRow.BIG ? bigSize.toPlainString().getBytes(StandardCharsets.US_ASCII) : null;
            int need = FileSource.FIXED + idLength + (big == null ? 0 : 2 + big.length);
            if (b.remaining() < need) {
                flush(b, out);
            }
            b.putLong(received).putLong(line).putLong(timestamp).putLong(price).putLong(size).putInt(condition)
                    .putInt(token).put((byte) (buy ? 1 : 0)).put((byte) idLength);
            b.put(id, idStart, idLength);
            if (big != null) {
                b.putShort((short) big.length).put(big);
            }
        }

        private static void flush(ByteBuffer b, FileChannel out) throws IOException {
            b.flip();
            while (b.hasRemaining()) {
                out.write(b);
            }
            b.clear();
        }
    }

    /** A stable sort of row numbers by a primitive key: a bottom-up merge sort that skips merging ordered halves. */
    static final class StableSort {
        private StableSort() {
        }

        static int[] byKey(int[] rows, long[] key) {
            int n = rows.length;
            int[] a = rows;
            int[] b = new int[n];
            // short ordered stretches first, by insertion
            final int chunk = 32;
            for (int lo = 0; lo < n; lo += chunk) {
                int hi = Math.min(lo + chunk, n);
                for (int i = lo + 1; i < hi; i++) {
                    int row = a[i];
                    long k = key[row];
                    int j = i - 1;
                    while (j >= lo && key[a[j]] > k) {
                        a[j + 1] = a[j];
                        j--;
                    }
                    a[j + 1] = row;
                }
            }
            for (int width = chunk; width < n; width *= 2) {
                for (int lo = 0; lo < n; lo += 2 * width) {
                    int mid = Math.min(lo + width, n);
                    int hi = Math.min(lo + 2 * width, n);
                    if (mid >= hi || key[a[mid - 1]] <= key[a[mid]]) {
                        System.arraycopy(a, lo, b, lo, hi - lo); // already in order
                        continue;
                    }
                    int i = lo;
                    int j = mid;
                    for (int k = lo; k < hi; k++) {
                        if (j >= hi || (i < mid && key[a[i]] <= key[a[j]])) {
                            b[k] = a[i++];
                        } else {
                            b[k] = a[j++];
                        }
                    }
                }
                int[] t = a;
                a = b;
                b = t;
            }
            return a;
        }
    }

    /** A sorted run being read: its current row's keys, and the row on demand. */
    private abstract static class Source {
        long received;
        long line;

        /** Moves to the next row; false at the end. */
        abstract boolean advance();

        abstract void read(TapeRow into);

        void close() {
        }
    }

    private final class MemorySource extends Source {
        private final Run run;
        private int next = -1;

        MemorySource(Run run) {
            this.run = run;
        }

        @Override
        boolean advance() {
            if (++next >= run.size) {
                return false;
            }
            received = run.receivedAt(next);
            line = run.line(next);
            return true;
        }

        @Override
        void read(TapeRow into) {
            run.read(next, into, SortedTape.this);
        }
    }

    private final class FileSource extends Source {
        /** The fixed part of a row: 5 longs, 2 ints, the side and the id's length. */
        static final int FIXED = 5 * 8 + 2 * 4 + 2;
        private final Path file;
        private final FileChannel in;
        private final ByteBuffer b;
        private boolean end;

        FileSource(Path file, int bufferSize) {
            this.file = file;
            try {
                this.in = FileChannel.open(file, StandardOpenOption.READ);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sorted run " + file + ": " + e.getMessage(), e);
            }
            this.b = ByteBuffer.allocate(bufferSize);
            b.flip();
        }

        @Override
        boolean advance() {
            if (!ensure(16)) {
                return false;
            }
            received = b.getLong(b.position());
            line = b.getLong(b.position() + 8);
            return true;
        }

        @Override
        void read(TapeRow into) {
            ensure(FIXED);
            into.receivedAt = b.getLong();
            into.line = b.getLong();
            into.timestamp = b.getLong();
            into.price = b.getLong();
            into.size = b.getLong();
            into.conditionId = conditions.get(b.getInt());
            into.tokenId = tokens.get(b.getInt());
            into.buy = b.get() == 1;
            int idLength = b.get() & 0xff;
            ensure(idLength);
            into.tradeId = new String(b.array(), b.position(), idLength, StandardCharsets.ISO_8859_1);
            b.position(b.position() + idLength);
            into.bigSize = null;
            if (into.size == TapeRow.BIG) {
                ensure(2);
                int length = b.getShort();
                ensure(length);
                into.bigSize = new BigDecimal(new String(b.array(), b.position(), length, StandardCharsets.US_ASCII));
                b.position(b.position() + length);
            }
        }

        /** At least {@code n} bytes in the buffer, unless the file ends first. */
        private boolean ensure(int n) {
            if (b.remaining() >= n) {
                return true;
            }
            if (end) {
                return false;
            }
            try {
                b.compact();
                while (b.position() < n) {
                    if (in.read(b) < 0) {
                        end = true;
                        break;
                    }
                }
                b.flip();
                return b.remaining() >= n;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sorted run " + file + ": " + e.getMessage(), e);
            }
        }

        @Override
        void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // read to the end already
            }
        }
    }

    /** A k-way merge of the sources by (received time, line): a binary heap of the sources' current rows. */
    private final class Merge {
        private final Source[] heap;
        private int live;
        private final TapeRow row = new TapeRow();
        final TapeRow.Values values = new TapeRow.Values();
        private Source pending;

        Merge(List<Source> sources) {
            heap = new Source[sources.size()];
            for (Source s : sources) {
                if (s.advance()) {
                    heap[live++] = s;
                } else {
                    s.close();
                }
            }
            for (int i = live / 2 - 1; i >= 0; i--) {
                down(i);
            }
        }

        /** The next row in order (reused), or null after the last. */
        TapeRow next() {
            if (pending != null) {
                // the row handed out last is consumed only now, so its source's buffer stayed valid meanwhile
                if (pending.advance()) {
                    down(0);
                } else {
                    pending.close();
                    heap[0] = heap[--live];
                    heap[live] = null;
                    if (live > 0) {
                        down(0);
                    }
                }
                pending = null;
            }
            if (live == 0) {
                return null;
            }
            Source first = heap[0];
            first.read(row);
            pending = first;
            return row;
        }

        private void down(int i) {
            Source s = heap[i];
            while (true) {
                int child = 2 * i + 1;
                if (child >= live) {
                    break;
                }
                if (child + 1 < live && before(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!before(heap[child], s)) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = s;
        }

        private static boolean before(Source a, Source b) {
            return a.received < b.received || (a.received == b.received && a.line < b.line);
        }

        void close() {
            for (int i = 0; i < live; i++) {
                heap[i].close();
            }
            live = 0;
        }
    }
}
