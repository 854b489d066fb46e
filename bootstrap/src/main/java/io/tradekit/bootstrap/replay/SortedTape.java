package io.tradekit.bootstrap.replay;

import io.tradekit.application.backtest.BacktestEvent;
import io.tradekit.application.backtest.BacktestEvent.PrintReceived;
import io.tradekit.application.backtest.EventSource;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A tape sorted by received time (ties in file order) in bounded memory: an external merge sort. Prints are
 * buffered {@code runSize} at a time; a full buffer is sorted and spilled to a temporary file in a compact binary
 * form; {@link #events()} merges the runs (a tape that fits one buffer never touches the disk). Memory holds one
 * buffer and one read buffer per run, whatever the tape's length or disorder.
 *
 * <p>Why a sort and not a bounded reorder window: venue exports are sorted by trade time and a delayed print may
 * arrive any time later, so no window fits every file; and the whole tape is read and checked before the first
 * write, so bad input still leaves the store untouched. The cost is one spill of the tape to disk.
 */
public final class SortedTape implements AutoCloseable {
    /** Prints per in-memory run: about 100 MB of heap. */
    public static final int DEFAULT_RUN_SIZE = 250_000;
    private static final Comparator<TapePrint> ORDER =
            Comparator.comparing(TapePrint::receivedAt).thenComparingLong(TapePrint::line);

    private final Path directory;
    private final int runSize;
    private final List<Path> runs = new ArrayList<>();
    private List<TapePrint> buffer = new ArrayList<>();
    private long count;
    private boolean reading;

    public SortedTape(Path directory, int runSize) {
        if (runSize < 1) {
            throw new IllegalArgumentException("runSize must be positive, got " + runSize);
        }
        this.directory = directory;
        this.runSize = runSize;
    }

    /** Spills to a fresh directory under the system's temporary directory. */
    public static SortedTape inTemporaryDirectory() {
        try {
            return new SortedTape(Files.createTempDirectory("tradekit-tape-"), DEFAULT_RUN_SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory to sort the tape: " + e.getMessage(), e);
        }
    }

    public void add(TapePrint print) {
        if (reading) {
            throw new IllegalStateException("the tape is being read; add every print first");
        }
        buffer.add(print);
        count++;
        if (buffer.size() >= runSize) {
            spill();
        }
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
        Cursor prints = prints();
        return new EventSource() {
            @Override
            public BacktestEvent next() {
                TapePrint p = prints.next();
                return p == null ? null : new PrintReceived(p.trade(), p.receivedAt());
            }

            @Override
            public long printCount() {
                return count;
            }

            @Override
            public void close() {
                prints.close();
            }
        };
    }

    /**
     * The prints in received order, with their lines; after the last {@link #add}. The tape may be read more than
     * once (the replay ingests it whole, then runs over it).
     */
    public Cursor prints() {
        if (!reading) {
            reading = true;
            if (runs.isEmpty()) {
                buffer.sort(ORDER);
            } else {
                if (!buffer.isEmpty()) {
                    spill();
                }
                buffer = null;
            }
        }
        if (runs.isEmpty()) {
            List<TapePrint> all = buffer;
            return new Cursor() {
                private int next;

                @Override
                public TapePrint next() {
                    return next == all.size() ? null : all.get(next++);
                }

                @Override
                public void close() {
                }
            };
        }
        return new Merge();
    }

    /** One read of the sorted tape. */
    public interface Cursor extends AutoCloseable {
        /** The next print, or null after the last. */
        TapePrint next();

        @Override
        void close();
    }

    private void spill() {
        buffer.sort(ORDER);
        try {
            Files.createDirectories(directory);
            Path run = directory.resolve("run-" + runs.size() + ".bin");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
                for (TapePrint p : buffer) {
                    write(out, p);
                }
            }
            runs.add(run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill the tape to " + directory + ": " + e.getMessage(), e);
        }
        buffer = new ArrayList<>();
    }

    private static void write(DataOutputStream out, TapePrint p) throws IOException {
        MarketTrade t = p.trade();
        out.writeUTF(t.tradeId().value());
        out.writeUTF(t.conditionId().value());
        out.writeUTF(t.tokenId().value());
        writeDecimal(out, t.price().value());
        writeDecimal(out, t.size().value());
        out.writeBoolean(t.takerSide() == Side.BUY);
        writeInstant(out, t.timestamp());
        writeInstant(out, p.receivedAt());
        out.writeLong(p.line());
    }

    private static void writeDecimal(DataOutputStream out, BigDecimal value) throws IOException {
        BigInteger unscaled = value.unscaledValue();
        if (unscaled.bitLength() < 63) {
            out.writeByte(value.scale());
            out.writeLong(unscaled.longValue());
        } else {
            out.writeByte(Byte.MIN_VALUE);
            out.writeUTF(value.toPlainString());
        }
    }

    private static void writeInstant(DataOutputStream out, Instant at) throws IOException {
        out.writeLong(at.getEpochSecond());
        out.writeInt(at.getNano());
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

    /** A k-way merge of the spilled runs, each read through its own buffer. */
    private final class Merge implements Cursor {
        private final PriorityQueue<RunReader> heads = new PriorityQueue<>(Comparator.comparing(r -> r.head, ORDER));
        private final Map<String, ConditionId> conditions = new HashMap<>();
        private final Map<String, TokenId> tokens = new HashMap<>();

        Merge() {
            for (Path run : runs) {
                RunReader reader = new RunReader(run);
                if (reader.advance()) {
                    heads.add(reader);
                }
            }
        }

        @Override
        public TapePrint next() {
            RunReader first = heads.poll();
            if (first == null) {
                return null;
            }
            TapePrint p = first.head;
            if (first.advance()) {
                heads.add(first);
            } else {
                first.close();
            }
            return p;
        }

        @Override
        public void close() {
            heads.forEach(RunReader::close);
            heads.clear();
        }

        private final class RunReader {
            private final Path file;
            private final DataInputStream in;
            private TapePrint head;

            RunReader(Path file) {
                this.file = file;
                try {
                    this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the sorted run " + file + ": " + e.getMessage(), e);
                }
            }

            boolean advance() {
                try {
                    String id;
                    try {
                        id = in.readUTF();
                    } catch (EOFException end) {
                        head = null;
                        return false;
                    }
                    ConditionId condition = conditions.computeIfAbsent(in.readUTF(), ConditionId::of);
                    TokenId token = tokens.computeIfAbsent(in.readUTF(), TokenId::of);
                    Price price = Price.of(readDecimal(in));
                    Quantity size = Quantity.of(readDecimal(in));
                    Side side = in.readBoolean() ? Side.BUY : Side.SELL;
                    Instant timestamp = readInstant(in);
                    Instant received = readInstant(in);
                    long line = in.readLong();
                    head = new TapePrint(new MarketTrade(MarketTradeId.of(id), condition, token, price, size, side,
                            timestamp), received, line);
                    if (conditions.size() > 100_000) {
                        conditions.clear(); // a cache, not a registry: bounded whatever the tape
                    }
                    if (tokens.size() > 100_000) {
                        tokens.clear();
                    }
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the sorted run " + file + ": " + e.getMessage(), e);
                }
            }

            void close() {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // read to the end already
                }
            }
        }

        private static BigDecimal readDecimal(DataInputStream in) throws IOException {
            byte scale = in.readByte();
            if (scale == Byte.MIN_VALUE) {
                return new BigDecimal(in.readUTF());
            }
            return BigDecimal.valueOf(in.readLong(), scale);
        }

        private static Instant readInstant(DataInputStream in) throws IOException {
            return Instant.ofEpochSecond(in.readLong(), in.readInt());
        }
    }
}
