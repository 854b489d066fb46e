package io.tradekit.bootstrap.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The tape reader reads plain cells by hand and hands every other cell to the domain's parsers. This checks the
 * whole reader against the reader it replaced, which sent every cell through the domain's parsers: on random tapes
 * mixing good and bad cells of every column, both give the same prints (values, received times, lines) and the same
 * problems, message for message.
 */
class ReplayInputReaderAgreementTest {
    private static final String HEADER = "trade_id,condition_id,token_id,price,size,side,timestamp,received_at\n";

    private static final String[] IDS = {"t1", "t2", "c1", "0xabc", "", "a b", "y\u00ff", "\u001b[31m", "x".repeat(200),
        "x".repeat(201), "\"quoted\"", "t,1", "\uFFFD"};
    private static final String[] NUMBERS = {"0", "1", "0.5", ".5", "5.", "0.442", "8.07", "1.0", "1.00000001",
        "0.123456789", "0.1234567800", "0.000000000000", "-0.1", "-0", "+0.5", "1e-3", "1E2", "5e-9", "NaN", "abc",
        "", " 0.5 ", "00000.10000000", "1".repeat(31), "1".repeat(30), "1".repeat(65), "12345678901234567890",
        "0.\u0663", "\u0661", "99999999999999999999.5", "0.99999999", "1.000000000"};
    private static final String[] SIDES = {"BUY", "SELL", "buy", "sell", "Buy", "sElL", " BUY", "HOLD", "", "B",
        "BUYY", "\u0042UY"};
    private static final String[] TIMES = {"2026-03-01T12:00:00Z", "2026-03-01T12:00:00.5Z",
        "2026-03-01T12:00:00.123456789Z", "2026-03-01T12:00:01Z", "2026-03-01T11:59:59.999999Z",
        "2026-03-01T12:00:00.0000005Z", "2026-03-01T12:00:00+00:00", "2026-03-01T13:00:00+01:00",
        "2026-03-01t12:00:00z", "2016-12-31T23:59:60Z", "2026-02-29T00:00:00Z", "2024-02-29T00:00:00Z",
        "0000-06-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z", "2026-03-01 12:00",
        "yesterday", "", "2026-03-01T24:00:00Z", "2026-03-01T12:00:00.Z"};

    @Test
    void readsRandomTapesAsTheGeneralPathReadThem() {
        SplittableRandom random = new SplittableRandom(41);
        for (int tape = 0; tape < 4_000; tape++) {
            StringBuilder text = new StringBuilder(HEADER);
            int rows = random.nextInt(1, 12);
            for (int r = 0; r < rows; r++) {
                boolean clean = random.nextInt(3) > 0; // most cells good, so whole prints come out too
                text.append(cell(random, IDS, clean ? "t" + random.nextInt(6) : null)).append(',')
                        .append(cell(random, IDS, clean ? "c" + random.nextInt(3) : null)).append(',')
                        .append(cell(random, IDS, clean ? "y" + random.nextInt(4) : null)).append(',')
                        .append(cell(random, NUMBERS, clean ? "0." + random.nextInt(1000) : null)).append(',')
                        .append(cell(random, NUMBERS, clean ? random.nextInt(1, 100) + "." + random.nextInt(10) : null))
                        .append(',').append(cell(random, SIDES, clean ? (random.nextBoolean() ? "BUY" : "SELL") : null))
                        .append(',').append(cell(random, TIMES, clean ? "2026-03-01T12:00:00Z" : null)).append(',')
                        .append(random.nextInt(4) == 0 ? "" : cell(random, TIMES, clean ? "2026-03-01T12:00:01.5Z" : null))
                        .append('\n');
            }
            String csv = text.toString();
            InputProblems expectedProblems = new InputProblems();
            List<TapePrint> expected = GeneralPath.readTape("tape.csv", csv, expectedProblems);
            InputProblems actualProblems = new InputProblems();
            List<TapePrint> actual = ReplayInputReader.readTape("tape.csv", new StringReader(csv), actualProblems);
            assertThat(problems(actualProblems)).as(csv).isEqualTo(problems(expectedProblems));
            assertThat(actual).as(csv).isEqualTo(expected);
        }
    }

    /** A cell from the pool (quoted when it holds a comma or a quote), or {@code good} when given. */
    private static String cell(SplittableRandom random, String[] pool, String good) {
        String value = good != null && random.nextInt(8) > 0 ? good : pool[random.nextInt(pool.length)];
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static List<String> problems(InputProblems problems) {
        try {
            problems.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            List<String> all = new ArrayList<>();
            e.problems().forEach(p -> all.add(p.toString()));
            all.add("total " + e.total());
            return all;
        }
    }

    /** The tape reader as it was before the hand-written paths: every cell through the domain's parsers. */
    private static final class GeneralPath {
        static List<TapePrint> readTape(String file, String csv, InputProblems problems) {
            List<TapePrint> prints = new ArrayList<>();
            Map<String, MarketTrade> byId = new HashMap<>();
            Map<String, Long> firstLines = new HashMap<>();
            new CsvTable(file, ReplayInputReader.TAPE_COLUMNS, List.of(ReplayInputReader.RECEIVED_AT), problems)
                    .read(new StringReader(csv), row -> {
                        Cells cells = new Cells(file, row, problems);
                        MarketTradeId tradeId = cells.parse("trade_id", MarketTradeId::of);
                        ConditionId conditionId = cells.parse("condition_id", ConditionId::of);
                        TokenId tokenId = cells.parse("token_id", TokenId::of);
                        Price price = cells.parse("price", Price::binary);
                        Quantity size = cells.parse("size", GeneralPath::positiveSize);
                        Side side = cells.parse("side", t -> Side.parse(t, "side"));
                        Instant timestamp = cells.parse("timestamp", GeneralPath::instant);
                        String received = row.get(ReplayInputReader.RECEIVED_AT);
                        Instant receivedAt = received == null || received.isEmpty() ? timestamp
                                : cells.parse(ReplayInputReader.RECEIVED_AT, GeneralPath::instant);
                        if (!cells.ok) {
                            return;
                        }
                        if (receivedAt.isBefore(timestamp)) {
                            problems.add(file, row.line(), "received_at", receivedAt + " is before the timestamp "
                                    + timestamp + "; a print cannot be received before it happened");
                            return;
                        }
                        MarketTrade trade = new MarketTrade(tradeId, conditionId, tokenId, price, size, side, timestamp);
                        MarketTrade first = byId.putIfAbsent(tradeId.value(), trade);
                        if (first == null) {
                            firstLines.put(tradeId.value(), row.line());
                        } else if (!first.equals(trade)) {
                            problems.add(file, row.line(), "trade_id", "'" + tradeId + "' repeats line "
                                    + firstLines.get(tradeId.value()) + " with different values");
                            return;
                        }
                        prints.add(new TapePrint(trade, receivedAt, row.line()));
                    });
            return prints;
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
                return Times.micros(Instant.parse(text), "time");
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("time", "not an ISO-8601 instant like 2026-03-01T12:00:00Z: '" + text
                        + "'");
            }
        }

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
                    String prefix = e.field() + ": ";
                    String message = e.getMessage();
                    problems.add(file, row.line(), column, message.startsWith(prefix) ? message.substring(prefix.length())
                            : message);
                    return null;
                }
            }
        }
    }
}
