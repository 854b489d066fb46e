package io.tradekit.bootstrap.replay;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTradeId;
import java.io.Reader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads and validates the tape and the resolutions completely, before the replay touches any store.
 * Every problem is located as {@code FILE:LINE: column: problem}; when there is any, the whole input
 * is refused with an {@link InvalidInputException}.
 *
 * <p>Tape: {@code trade_id,condition_id,token_id,price,size,side,timestamp[,received_at]}; prices are
 * binary-token prices in [0, 1], sizes positive, side BUY or SELL, times ISO-8601 instants;
 * {@code received_at} (empty or absent: the timestamp) may not precede the timestamp. A trade id may
 * repeat only with identical values (the same print received twice).
 *
 * <p>Resolutions: {@code condition_id,winning_token_id,resolved_at}, one row per market; the winning token must
 * have printed in its market on the tape, unless the market has no print at all.
 */
public final class ReplayInputReader {
    public static final List<String> TAPE_COLUMNS =
            List.of("trade_id", "condition_id", "token_id", "price", "size", "side", "timestamp");
    public static final String RECEIVED_AT = "received_at";
    public static final List<String> RESOLUTION_COLUMNS = List.of("condition_id", "winning_token_id", "resolved_at");

    private ReplayInputReader() {
    }

    /** Validates both files, reporting the problems of both together; the resolutions may be absent (null). */
    public static ReplayInput read(String tapeName, Reader tape, String resolutionsName, Reader resolutions) {
        InputProblems problems = new InputProblems();
        List<TapePrint> prints = readTape(tapeName, tape, problems);
        List<Resolution> outcomes = resolutions == null ? List.of() : readResolutions(resolutionsName, resolutions, problems);
        checkWinnersPrinted(resolutionsName, outcomes, prints, problems);
        problems.throwIfAny();
        return new ReplayInput(tapeName, prints, resolutionsName, outcomes);
    }

    /**
     * Validates the tape and, only when both files are free of problems, hands back its prints sorted by received
     * time (ties in file order) with bounded memory: see {@link SortedTape}. The resolutions are few and held.
     *
     * @throws InvalidInputException with every problem of both files; nothing was spilled then
     */
    public static StreamedInput stream(String tapeName, Reader tape, String resolutionsName, Reader resolutions,
            SortedTape sorted) {
        InputProblems problems = new InputProblems();
        Map<ConditionId, Set<TokenId>> tokens = new HashMap<>(); // a few per market, whatever the tape's length
        readTape(tapeName, tape, problems, row -> {
            tokens.computeIfAbsent(row.conditionId, c -> new HashSet<>()).add(row.tokenId);
            if (problems.isEmpty()) {
                sorted.add(row); // a tape with problems is refused whole: no need to keep its prints
            }
        });
        List<Resolution> outcomes = resolutions == null ? List.of() : readResolutions(resolutionsName, resolutions, problems);
        checkWinnersPrinted(resolutionsName, outcomes, tokens, problems);
        problems.throwIfAny();
        return new StreamedInput(tapeName, sorted, resolutionsName, outcomes);
    }

    /** The input of a streamed replay: the tape, sorted with bounded memory, and the resolutions. */
    public record StreamedInput(String tapeName, SortedTape tape, String resolutionsName, List<Resolution> resolutions) {
    }

    static List<TapePrint> readTape(String file, Reader reader, InputProblems problems) {
        List<TapePrint> prints = new ArrayList<>();
        TapeRow.Values values = new TapeRow.Values();
        readTape(file, reader, problems, row -> prints.add(row.print(values)));
        return prints;
    }

    /**
     * Parses and checks every row, handing each valid print to {@code sink} in file order (one reused row: the sink
     * copies what it keeps). A trade id may repeat only with identical values; the check keeps a fixed-size
     * fingerprint per trade id, not the print.
     */
    static void readTape(String file, Reader reader, InputProblems problems, Consumer<TapeRow> sink) {
        TradeIdFingerprints byId = new TradeIdFingerprints();
        TapeRows rows = new TapeRows(file, problems);
        new CsvTable(file, TAPE_COLUMNS, List.of(RECEIVED_AT), problems).read(reader, row -> {
            TapeRow print = rows.parse(row);
            if (print == null) {
                return;
            }
            long firstLine = byId.putIfAbsent(print.tradeId, print.valueHash(), row.line());
            if (firstLine == TradeIdFingerprints.DIFFERENT) {
                problems.add(file, row.line(), "trade_id", "'" + print.tradeId + "' repeats line " + byId.lastFirstLine()
                        + " with different values");
                return;
            }
            sink.accept(print);
        });
    }

    /**
     * The tape's rows, each read by hand where it is plain (ids of printable ASCII, plain decimals, instants of the
     * form {@code yyyy-MM-ddTHH:mm:ss[.f]Z}, BUY or SELL) and otherwise through the general path, the parsers of the
     * domain: whatever the hand-written path does not recognise goes there, so a value is read the same either way
     * and a refusal is the general path's, with its message. Market and token ids repeat through a tape: each is
     * checked once and its value object shared ({@link IdCache}).
     */
    private static final class TapeRows {
        private final String file;
        private final Cells cells;
        private final TapeRow print = new TapeRow();
        private final IdCache<ConditionId> conditions = new IdCache<>();
        private final IdCache<TokenId> tokens = new IdCache<>();
        private int tradeId = -1;
        private int conditionId;
        private int tokenId;
        private int price;
        private int size;
        private int side;
        private int timestamp;
        private int receivedAt;

        TapeRows(String file, InputProblems problems) {
            this.file = file;
            this.cells = new Cells(file, problems);
        }

        /** The row as a print, or null when it has a problem (recorded). */
        TapeRow parse(CsvTable.Row row) {
            if (tradeId < 0) { // the header is the same for every row
                tradeId = row.index("trade_id");
                conditionId = row.index("condition_id");
                tokenId = row.index("token_id");
                price = row.index("price");
                size = row.index("size");
                side = row.index("side");
                timestamp = row.index("timestamp");
                receivedAt = row.index(RECEIVED_AT);
            }
            cells.reset(row);
            char[] chars = row.chars();
            TapeRow p = print;
            p.tradeId = plainId(chars, row.start(tradeId), row.end(tradeId));
            if (p.tradeId == null) {
                MarketTradeId id = cells.parse("trade_id", tradeId, MarketTradeId::of);
                p.tradeId = id == null ? null : id.value();
            }
            p.conditionId = conditions.get(row, conditionId, cells, "condition_id", ConditionId::of);
            p.tokenId = tokens.get(row, tokenId, cells, "token_id", TokenId::of);

            long value = PlainDecimals.scaled(chars, row.start(price), row.end(price));
            if (value != PlainDecimals.NOT_PLAIN && value <= 100_000_000L) {
                p.price = value;
            } else {
                Price parsed = cells.parse("price", price, Price::binary);
                p.price = parsed == null ? 0 : parsed.value().unscaledValue().longValueExact();
            }

            value = PlainDecimals.scaled(chars, row.start(size), row.end(size));
            if (value != PlainDecimals.NOT_PLAIN && value > 0) {
                p.size = value;
                p.bigSize = null;
            } else {
                Quantity parsed = cells.parse("size", size, ReplayInputReader::positiveSize);
                if (parsed != null && parsed.value().unscaledValue().bitLength() < 63) {
                    p.size = parsed.value().unscaledValue().longValue();
                    p.bigSize = null;
                } else {
                    p.size = TapeRow.BIG;
                    p.bigSize = parsed == null ? null : parsed.value();
                }
            }

            int from = row.start(side);
            int length = row.end(side) - from;
            if (length == 3 && (chars[from] == 'B' && chars[from + 1] == 'U' && chars[from + 2] == 'Y'
                    || chars[from] == 'b' && chars[from + 1] == 'u' && chars[from + 2] == 'y')) {
                p.buy = true;
            } else if (length == 4 && (chars[from] == 'S' && chars[from + 1] == 'E' && chars[from + 2] == 'L'
                    && chars[from + 3] == 'L' || chars[from] == 's' && chars[from + 1] == 'e' && chars[from + 2] == 'l'
                    && chars[from + 3] == 'l')) {
                p.buy = false;
            } else {
                Side parsed = cells.parse("side", side, text -> Side.parse(text, "side"));
                p.buy = parsed == Side.BUY;
            }

            p.timestamp = micros(row, timestamp, "timestamp");
            boolean noReceived = receivedAt < 0 || row.start(receivedAt) == row.end(receivedAt);
            p.receivedAt = noReceived ? p.timestamp : micros(row, receivedAt, RECEIVED_AT);
            if (!cells.ok()) {
                return null;
            }
            if (p.receivedAt < p.timestamp) {
                cells.problems.add(file, row.line(), RECEIVED_AT, TapeRow.instant(p.receivedAt)
                        + " is before the timestamp " + TapeRow.instant(p.timestamp)
                        + "; a print cannot be received before it happened");
                return null;
            }
            p.line = row.line();
            return p;
        }

        /** An id the domain takes as it is (1 to 200 printable ASCII characters, no space), or null. */
        private static String plainId(char[] chars, int from, int to) {
            if (from == to || to - from > InputCells.MAX_ID_LENGTH) {
                return null;
            }
            for (int i = from; i < to; i++) {
                if (chars[i] <= ' ' || chars[i] > '~') {
                    return null;
                }
            }
            return new String(chars, from, to - from);
        }

        private long micros(CsvTable.Row row, int column, String name) {
            long at = IsoInstants.micros(row.chars(), row.start(column), row.end(column));
            if (at != IsoInstants.NOT_PLAIN) {
                return at;
            }
            Instant parsed = cells.parse(name, column, ReplayInputReader::instant);
            return parsed == null ? IsoInstants.NOT_PLAIN : TapeRow.micros(parsed);
        }
    }

    /**
     * Ids already read, by their characters: a market's or token's id is checked and its value object made once,
     * not once per print. Open addressing; cleared when full, so memory stays bounded whatever the tape.
     */
    private static final class IdCache<T> {
        private static final int SLOTS = 1 << 14;
        private final String[] keys = new String[SLOTS];
        private final Object[] values = new Object[SLOTS];
        private int size;

        @SuppressWarnings("unchecked")
        T get(CsvTable.Row row, int column, Cells cells, String name, Function<String, T> parser) {
            char[] chars = row.chars();
            int from = row.start(column);
            int to = row.end(column);
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + chars[i];
            }
            int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
            while (keys[slot] != null) {
                String key = keys[slot];
                if (key.length() == to - from && same(key, chars, from)) {
                    return (T) values[slot];
                }
                slot = (slot + 1) & (SLOTS - 1);
            }
            T parsed = cells.parse(name, column, parser);
            if (parsed != null) {
                if (size >= SLOTS / 2) {
                    java.util.Arrays.fill(keys, null);
                    java.util.Arrays.fill(values, null);
                    size = 0;
                    return parsed;
                }
                keys[slot] = new String(chars, from, to - from);
                values[slot] = parsed;
                size++;
            }
            return parsed;
        }

        private static boolean same(String key, char[] chars, int from) {
            for (int i = 0; i < key.length(); i++) {
                if (key.charAt(i) != chars[from + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    static List<Resolution> readResolutions(String file, Reader reader, InputProblems problems) {
        List<Resolution> resolutions = new ArrayList<>();
        Map<ConditionId, Resolution> byCondition = new HashMap<>();
        new CsvTable(file, RESOLUTION_COLUMNS, List.of(), problems).read(reader, row -> {
            Cells cells = new Cells(file, row, problems);
            ConditionId conditionId = cells.parse("condition_id", ConditionId::of);
            TokenId winner = cells.parse("winning_token_id", TokenId::of);
            Instant resolvedAt = cells.parse("resolved_at", ReplayInputReader::instant);
            if (!cells.ok()) {
                return;
            }
            Resolution resolution = new Resolution(conditionId, winner, resolvedAt, row.line());
            Resolution first = byCondition.putIfAbsent(conditionId, resolution);
            if (first != null) {
                problems.add(file, row.line(), "condition_id", "'" + conditionId + "' is resolved twice (first at line "
                        + first.line() + ")");
                return;
            }
            resolutions.add(resolution);
        });
        return resolutions;
    }

    /**
     * A winning token that never printed in its market is a typo or another market's token: every position in the
     * market would settle at 0. Refused, unless the market has no print at all (then nothing can be held in it).
     */
    static void checkWinnersPrinted(String file, List<Resolution> outcomes, List<TapePrint> prints,
            InputProblems problems) {
        Map<ConditionId, Set<TokenId>> tokens = new HashMap<>();
        for (TapePrint p : prints) {
            tokens.computeIfAbsent(p.trade().conditionId(), c -> new HashSet<>()).add(p.trade().tokenId());
        }
        checkWinnersPrinted(file, outcomes, tokens, problems);
    }

    private static void checkWinnersPrinted(String file, List<Resolution> outcomes, Map<ConditionId, Set<TokenId>> tokens,
            InputProblems problems) {
        for (Resolution r : outcomes) {
            Set<TokenId> printed = tokens.get(r.conditionId());
            if (printed != null && !printed.contains(r.winningTokenId())) {
                List<String> names = printed.stream().map(TokenId::value).sorted().limit(5).toList();
                problems.add(file, r.line(), "winning_token_id", "'" + r.winningTokenId() + "' never printed in market '"
                        + r.conditionId() + "' (its tape has " + String.join(", ", names)
                        + (printed.size() > names.size() ? ", ..." : "") + ")");
            }
        }
    }

    private static Quantity positiveSize(String text) {
        Quantity size = Quantity.of(text);
        if (!size.isPositive()) {
            throw new InvalidValueException("size", "must be positive, got " + text);
        }
        return size;
    }

    private static Instant instant(String text) {
        if (text.isEmpty()) {
            throw new InvalidValueException("time", "must not be blank");
        }
        try {
            return Times.micros(IsoInstants.parse(text), "time");
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("time", "not an ISO-8601 instant like 2026-03-01T12:00:00Z: '" + text + "'");
        }
    }

    /** Parses the cells of one row, recording a problem per bad cell under its column's name. */
    private static final class Cells {
        private final String file;
        private final InputProblems problems;
        private CsvTable.Row row;
        private boolean ok = true;

        Cells(String file, CsvTable.Row row, InputProblems problems) {
            this(file, problems);
            reset(row);
        }

        Cells(String file, InputProblems problems) {
            this.file = file;
            this.problems = problems;
        }

        /** Starts on the next row. */
        void reset(CsvTable.Row next) {
            this.row = next;
            this.ok = true;
        }

        <T> T parse(String column, Function<String, T> parser) {
            return parse(column, row.index(column), parser);
        }

        <T> T parse(String column, int index, Function<String, T> parser) {
            String text = index < 0 ? null : row.get(index);
            String guard = InputCells.problem(column, text);
            if (guard != null) {
                ok = false;
                problems.add(file, row.line(), column, guard);
                return null;
            }
            try {
                return parser.apply(text);
            } catch (InvalidValueException e) {
                ok = false;
                problems.add(file, row.line(), column, problemOf(e));
                return null;
            }
        }

        boolean ok() {
            return ok;
        }

        /** The domain says "price: not a number"; the CSV column is the field the user knows. */
        private static String problemOf(InvalidValueException e) {
            String prefix = e.field() + ": ";
            String message = e.getMessage();
            return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        }
    }
}
