package io.tradekit.bootstrap.replay;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
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
        readTape(tapeName, tape, problems, p -> {
            tokens.computeIfAbsent(p.trade().conditionId(), c -> new HashSet<>()).add(p.trade().tokenId());
            sorted.add(p);
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
        readTape(file, reader, problems, prints::add);
        return prints;
    }

    /**
     * Parses and checks every row, handing each valid print to {@code sink} in file order. A trade id may repeat only
     * with identical values; the check keeps a fixed-size fingerprint per trade id, not the print.
     */
    static void readTape(String file, Reader reader, InputProblems problems, java.util.function.Consumer<TapePrint> sink) {
        TradeIdFingerprints byId = new TradeIdFingerprints();
        new CsvTable(file, TAPE_COLUMNS, List.of(RECEIVED_AT), problems).read(reader, row -> {
            Cells cells = new Cells(file, row, problems);
            MarketTradeId tradeId = cells.parse("trade_id", MarketTradeId::of);
            ConditionId conditionId = cells.parse("condition_id", ConditionId::of);
            TokenId tokenId = cells.parse("token_id", TokenId::of);
            Price price = cells.parse("price", Price::binary);
            Quantity size = cells.parse("size", ReplayInputReader::positiveSize);
            Side side = cells.parse("side", text -> Side.parse(text, "side"));
            Instant timestamp = cells.parse("timestamp", ReplayInputReader::instant);
            String received = row.get(RECEIVED_AT);
            Instant receivedAt = received == null || received.isEmpty() ? timestamp
                    : cells.parse(RECEIVED_AT, ReplayInputReader::instant);
            if (!cells.ok()) {
                return;
            }
            if (receivedAt.isBefore(timestamp)) {
                problems.add(file, row.line(), RECEIVED_AT, receivedAt + " is before the timestamp " + timestamp
                        + "; a print cannot be received before it happened");
                return;
            }
            MarketTrade trade = new MarketTrade(tradeId, conditionId, tokenId, price, size, side, timestamp);
            TapePrint print = new TapePrint(trade, receivedAt, row.line());
            long firstLine = byId.putIfAbsent(tradeId.value(), trade.hashCode(), row.line());
            if (firstLine == TradeIdFingerprints.DIFFERENT) {
                problems.add(file, row.line(), "trade_id", "'" + tradeId + "' repeats line " + byId.lastFirstLine()
                        + " with different values");
                return;
            }
            sink.accept(print);
        });
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
        private final CsvTable.Row row;
        private final InputProblems problems;
        private boolean ok = true;

        Cells(String file, CsvTable.Row row, InputProblems problems) {
            this.file = file;
            this.row = row;
            this.problems = problems;
        }

        <T> T parse(String column, Function<String, T> parser) {
            String text = row.get(column);
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
