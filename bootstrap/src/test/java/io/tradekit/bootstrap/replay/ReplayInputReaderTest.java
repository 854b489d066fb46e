package io.tradekit.bootstrap.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tradekit.domain.shared.Side;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReplayInputReaderTest {
    private static final String HEADER = "trade_id,condition_id,token_id,price,size,side,timestamp,received_at\n";
    private static final String RESOLUTIONS_HEADER = "condition_id,winning_token_id,resolved_at\n";

    private static ReplayInput read(String tape) {
        return ReplayInputReader.read("tape.csv", new StringReader(tape), null, null);
    }

    private static ReplayInput read(String tape, String resolutions) {
        return ReplayInputReader.read("tape.csv", new StringReader(tape), "res.csv", new StringReader(resolutions));
    }

    /** The problems the input is refused with, as the CLI prints them. */
    private static List<String> problems(String tape, String resolutions) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> {
            if (resolutions == null) {
                read(tape);
            } else {
                read(tape, resolutions);
            }
        });
        assertThat(e).as("input must be refused").isNotNull();
        return e.problems().stream().map(InputProblem::toString).toList();
    }

    private static List<String> problems(String tape) {
        return problems(tape, null);
    }

    @Nested
    class ValidInput {
        @Test
        void readsEveryFieldOfAPrint() {
            ReplayInput input = read(HEADER + "t1,c1,yes1,0.955,12.5,BUY,2026-03-01T12:00:00Z,2026-03-01T12:00:01.250Z\n");

            assertThat(input.prints()).singleElement().satisfies(p -> {
                assertThat(p.trade().tradeId().value()).isEqualTo("t1");
                assertThat(p.trade().conditionId().value()).isEqualTo("c1");
                assertThat(p.trade().tokenId().value()).isEqualTo("yes1");
                assertThat(p.trade().price().value()).isEqualByComparingTo("0.955");
                assertThat(p.trade().size().value()).isEqualByComparingTo("12.5");
                assertThat(p.trade().takerSide()).isEqualTo(Side.BUY);
                assertThat(p.trade().timestamp()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
                assertThat(p.receivedAt()).isEqualTo(Instant.parse("2026-03-01T12:00:01.250Z"));
                assertThat(p.line()).isEqualTo(2);
            });
        }

        @Test
        void receivedAtDefaultsToTheTimestampWhenTheColumnIsAbsentOrTheCellEmpty() {
            ReplayInput withoutColumn = read("trade_id,condition_id,token_id,price,size,side,timestamp\n"
                    + "t1,c1,y,0.5,1,SELL,2026-03-01T12:00:00Z\n");
            ReplayInput emptyCell = read(HEADER + "t1,c1,y,0.5,1,SELL,2026-03-01T12:00:00Z,\n");

            assertThat(withoutColumn.prints().get(0).receivedAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
            assertThat(emptyCell.prints().get(0).receivedAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        }

        @Test
        void columnsAreFoundByNameInAnyOrderAndCase() {
            ReplayInput input = read("TIMESTAMP,side,size,price,token_id,condition_id,trade_id\n"
                    + "2026-03-01T12:00:00Z,buy,3,0.25,y,c,t9\n");

            assertThat(input.prints().get(0).trade().tradeId().value()).isEqualTo("t9");
            assertThat(input.prints().get(0).trade().price().value()).isEqualByComparingTo("0.25");
        }

        @Test
        void blankLinesAreSkippedWithoutShiftingLineNumbers() {
            List<String> problems = problems(HEADER + "\nt1,c,y,0.5,1,BUY,2026-03-01T12:00:00Z,\n\nt2,c,y,abc,1,BUY,2026-03-01T12:00:00Z,\n");

            assertThat(problems).containsExactly("tape.csv:5: price: not a number: 'abc'");
        }

        @Test
        void aQuotedCellSpanningLinesKeepsLaterLineNumbersRight() {
            List<String> problems = problems(HEADER + "\"t\n1\",c,y,0.5,1,BUY,2026-03-01T12:00:00Z,\nt2,c,y,2,1,BUY,2026-03-01T12:00:00Z,\n");

            // the line break inside the quoted cell is shown escaped, never sent to the terminal raw
            assertThat(problems).containsExactly("tape.csv:2: trade_id: must be printable ASCII without spaces, got 't\\n1'",
                    "tape.csv:4: price: a binary-token price must lie in [0, 1], got 2.00000000");
        }

        @Test
        void aByteOrderMarkIsIgnored() {
            ReplayInput input = read("\uFEFF" + HEADER + "t1,c,y,0.5,1,BUY,2026-03-01T12:00:00Z,\n");

            assertThat(input.prints()).hasSize(1);
        }

        @Test
        void theSamePrintTwiceIsKeptTwice() {
            // the same venue print received twice: ingest is idempotent, so it is not an error
            ReplayInput input = read(HEADER + "t1,c,y,0.5,1,BUY,2026-03-01T12:00:00Z,2026-03-01T12:00:01Z\n"
                    + "t1,c,y,0.5,1,BUY,2026-03-01T12:00:00Z,2026-03-01T12:00:07Z\n");

            assertThat(input.prints()).hasSize(2);
        }

        @Test
        void readsResolutions() {
            ReplayInput input = read(HEADER + "t1,c,y,0.5,1,BUY,2026-03-01T12:00:00Z,\n",
                    RESOLUTIONS_HEADER + "c,y,2026-03-02T00:00:00Z\nd,z,2026-03-03T00:00:00Z\n");

            assertThat(input.resolutions()).extracting(r -> r.conditionId().value(), r -> r.winningTokenId().value(),
                            Resolution::resolvedAt)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("c", "y", Instant.parse("2026-03-02T00:00:00Z")),
                            org.assertj.core.groups.Tuple.tuple("d", "z", Instant.parse("2026-03-03T00:00:00Z")));
        }
    }

    @Nested
    class MalformedRows {
        private static final String ROW_TAIL = ",2026-03-01T12:00:00Z,\n";

        @Test
        void aMissingColumnNamesTheFirstMissingField() {
            assertThat(problems(HEADER + "t1,c,y,0.5,1\n"))
                    .containsExactly("tape.csv:2: side: missing (the row has 5 columns, the header 8)");
        }

        @Test
        void anExtraColumnIsAProblemOfTheRow() {
            assertThat(problems(HEADER + "t1,c,y,0.5,1,BUY,2026-03-01T12:00:00Z,,extra\n"))
                    .containsExactly("tape.csv:2: row: has 9 columns, the header 8");
        }

        @Test
        void aPriceThatIsNotANumber() {
            assertThat(problems(HEADER + "t1,c,y,NaN,1,BUY" + ROW_TAIL))
                    .containsExactly("tape.csv:2: price: not a number: 'NaN'");
        }

        @Test
        void aPriceOutsideZeroToOne() {
            assertThat(problems(HEADER + "t1,c,y,1.01,1,BUY" + ROW_TAIL))
                    .containsExactly("tape.csv:2: price: a binary-token price must lie in [0, 1], got 1.01000000");
            assertThat(problems(HEADER + "t1,c,y,-0.1,1,BUY" + ROW_TAIL))
                    .containsExactly("tape.csv:2: price: must not be negative, got -0.1");
        }

        @Test
        void aPriceWithMoreDecimalsThanTheKitHolds() {
            assertThat(problems(HEADER + "t1,c,y,0.123456789,1,BUY" + ROW_TAIL))
                    .containsExactly("tape.csv:2: price: more than 8 decimal places: 0.123456789");
        }

        @Test
        void aSizeThatIsZeroOrNegative() {
            assertThat(problems(HEADER + "t1,c,y,0.5,0,BUY" + ROW_TAIL))
                    .containsExactly("tape.csv:2: size: must be positive, got 0");
            assertThat(problems(HEADER + "t1,c,y,0.5,-2,BUY" + ROW_TAIL))
                    .containsExactly("tape.csv:2: size: must not be negative, got -2");
        }

        @Test
        void anUnknownSide() {
            assertThat(problems(HEADER + "t1,c,y,0.5,1,HOLD" + ROW_TAIL))
                    .containsExactly("tape.csv:2: side: unknown side 'HOLD', expected BUY or SELL");
        }

        @Test
        void anUnparseableTime() {
            assertThat(problems(HEADER + "t1,c,y,0.5,1,BUY,2026-03-01 12:00,\n")).containsExactly(
                    "tape.csv:2: timestamp: not an ISO-8601 instant like 2026-03-01T12:00:00Z: '2026-03-01 12:00'");
            assertThat(problems(HEADER + "t1,c,y,0.5,1,BUY,2026-03-01T12:00:00Z,yesterday\n")).containsExactly(
                    "tape.csv:2: received_at: not an ISO-8601 instant like 2026-03-01T12:00:00Z: 'yesterday'");
        }

        @Test
        void aPrintReceivedBeforeItHappened() {
            assertThat(problems(HEADER + "t1,c,y,0.5,1,BUY,2026-03-01T12:00:00Z,2026-03-01T11:59:59Z\n"))
                    .containsExactly("tape.csv:2: received_at: 2026-03-01T11:59:59Z is before the timestamp "
                            + "2026-03-01T12:00:00Z; a print cannot be received before it happened");
        }

        @Test
        void aBlankOrMalformedId() {
            assertThat(problems(HEADER + ",c,y,0.5,1,BUY" + ROW_TAIL))
                    .containsExactly("tape.csv:2: trade_id: must not be blank");
            assertThat(problems(HEADER + "t1,c,\"y z\",0.5,1,BUY" + ROW_TAIL))
                    .containsExactly("tape.csv:2: token_id: must be printable ASCII without spaces, got 'y z'");
        }

        @Test
        void everyBadFieldOfARowIsReported() {
            assertThat(problems(HEADER + "t1,c,y,x,1,SIDEWAYS,then,\n")).containsExactly(
                    "tape.csv:2: price: not a number: 'x'",
                    "tape.csv:2: side: unknown side 'SIDEWAYS', expected BUY or SELL",
                    "tape.csv:2: timestamp: not an ISO-8601 instant like 2026-03-01T12:00:00Z: 'then'");
        }

        @Test
        void aTradeIdRepeatedWithDifferentValues() {
            assertThat(problems(HEADER + "t1,c,y,0.5,1,BUY" + ROW_TAIL + "t1,c,y,0.6,1,BUY" + ROW_TAIL))
                    .containsExactly("tape.csv:3: trade_id: 't1' repeats line 2 with different values");
        }

        @Test
        void problemsAreCollectedUpToALimitAndCountedBeyond() {
            StringBuilder tape = new StringBuilder(HEADER);
            for (int i = 0; i < 30; i++) {
                tape.append("t").append(i).append(",c,y,bad,1,BUY").append(ROW_TAIL);
            }
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(tape.toString()));

            assertThat(e.problems()).hasSize(InputProblems.LIMIT);
            assertThat(e.total()).isEqualTo(30);
            assertThat(e.problems().get(19).toString()).startsWith("tape.csv:21: price:");
        }
    }

    @Nested
    class Headers {
        @Test
        void aDuplicateColumn() {
            assertThat(problems("trade_id,condition_id,token_id,price,price,size,side,timestamp\n"))
                    .containsExactly("tape.csv:1: header: duplicate column 'price'");
        }

        @Test
        void theHeaderRepeatedInsideTheFile() {
            assertThat(problems(HEADER + "t1,c,y,0.5,1,BUY,2026-03-01T12:00:00Z,\n" + HEADER
                    + "t2,c,y,0.5,1,BUY,2026-03-01T12:00:00Z,\n"))
                    .containsExactly("tape.csv:3: header: the header row appears again (two files pasted together?)");
        }

        @Test
        void aMissingRequiredColumn() {
            assertThat(problems("trade_id,condition_id,token_id,price,side,timestamp\n")).containsExactly(
                    "tape.csv:1: header: missing column 'size'; expected "
                            + "trade_id,condition_id,token_id,price,size,side,timestamp,[received_at]");
        }

        @Test
        void anUnknownColumn() {
            assertThat(problems("trade_id,condition_id,token_id,price,size,side,timestamp,venue\n")).containsExactly(
                    "tape.csv:1: header: unknown column 'venue'; expected "
                            + "trade_id,condition_id,token_id,price,size,side,timestamp,[received_at]");
        }

        @Test
        void anEmptyFile() {
            assertThat(problems("")).containsExactly("tape.csv:1: header: the file is empty; expected the header "
                    + "trade_id,condition_id,token_id,price,size,side,timestamp,[received_at]");
        }
    }

    @Nested
    class Resolutions {
        private static final String TAPE = HEADER + "t1,c,y,0.5,1,BUY,2026-03-01T12:00:00Z,\n";

        @Test
        void aMarketResolvedTwice() {
            assertThat(problems(TAPE, RESOLUTIONS_HEADER + "c,y,2026-03-02T00:00:00Z\nc,n,2026-03-02T00:00:00Z\n"))
                    .containsExactly("res.csv:3: condition_id: 'c' is resolved twice (first at line 2)");
        }

        @Test
        void malformedRows() {
            assertThat(problems(TAPE, RESOLUTIONS_HEADER + "c,,soon\n")).containsExactly(
                    "res.csv:2: winning_token_id: must not be blank",
                    "res.csv:2: resolved_at: not an ISO-8601 instant like 2026-03-01T12:00:00Z: 'soon'");
        }

        @Test
        void problemsOfBothFilesAreReportedTogether() {
            assertThat(problems(HEADER + "t1,c,y,7,1,BUY,2026-03-01T12:00:00Z,\n",
                    "condition_id,winner,resolved_at\n")).containsExactly(
                    "tape.csv:2: price: a binary-token price must lie in [0, 1], got 7.00000000",
                    "res.csv:1: header: unknown column 'winner'; expected condition_id,winning_token_id,resolved_at",
                    "res.csv:1: header: missing column 'winning_token_id'; expected "
                            + "condition_id,winning_token_id,resolved_at");
        }
    }

    @Test
    void pricesKeepTheirExactDecimalValue() {
        ReplayInput input = read(HEADER + "t1,c,y,0.95,1,BUY,2026-03-01T12:00:00Z,\n");

        assertThat(input.prints().get(0).trade().price().value()).isEqualTo(new BigDecimal("0.95000000"));
    }

    /** Issue 9 cases 2 and 9, and the non-UTF-8 byte of case 6: hostile cells are refused fast and echoed safely. */
    @Nested
    class HostileCells {
        @Test
        void aPriceOfTenMillionDigitsIsRefusedInMilliseconds() {
            String huge = "1".repeat(10_000_000);
            String tape = HEADER + "t1,c1,y1," + huge + ",1,BUY,2026-03-01T12:00:00Z,\n";

            long start = System.nanoTime();
            List<String> problems = problems(tape);
            long millis = (System.nanoTime() - start) / 1_000_000;

            // parsing ten million digits would take hours (BigInteger's parse is quadratic); refused before parsing
            // it takes well under a second, so a bound this loose fails only when the cell is parsed, not under load
            assertThat(millis).as("refused in %d ms", millis).isLessThan(30_000);
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p).startsWith("tape.csv:2: price: too long: 10000000 characters, at most 64");
                assertThat(p).contains("(10000000 characters)").hasSizeLessThan(200);
            });
        }

        @Test
        void everyKindOfCellHasItsLimit() {
            String tape = HEADER + "t1,c1,y1,0.5,1" + "0".repeat(100) + ",BUY,2026-03-01T12:00:00Z,\n"
                    + "t2,c1,y1,0.5,1,BUY" + "Y".repeat(100) + ",2026-03-01T12:00:00Z,\n"
                    + "t3,c1,y1,0.5,1,BUY,2026-03-01T12:00:00Z" + "9".repeat(100) + ",\n"
                    + "t4" + "x".repeat(300) + ",c1,y1,0.5,1,BUY,2026-03-01T12:00:00Z,\n";

            assertThat(problems(tape)).satisfiesExactly(
                    p -> assertThat(p).startsWith("tape.csv:2: size: too long: 101 characters"),
                    p -> assertThat(p).startsWith("tape.csv:3: side: too long: 103 characters"),
                    p -> assertThat(p).startsWith("tape.csv:4: timestamp: too long: 120 characters"),
                    p -> assertThat(p).startsWith("tape.csv:5: trade_id: too long: 302 characters"));
        }

        @Test
        void anIdWithATerminalEscapeIsShownEscaped() {
            String tape = HEADER + "t1\u001b[31mRED\u001b[0m,c1,y1,0.5,1,BUY,2026-03-01T12:00:00Z,\n";

            assertThat(problems(tape)).singleElement().satisfies(p -> {
                assertThat(p).startsWith("tape.csv:2: trade_id:").contains("t1\\e[31mRED\\e[0m");
                assertThat(p).doesNotContain("\u001b");
            });
        }

        @Test
        void aHeaderCellWithEscapesAndGreatLengthIsShownCutAndEscaped() {
            String tape = "trade_id,condition_id,token_id,price,size,side,timestamp,bad\u001b[2J" + "z".repeat(5000) + "\n";

            assertThat(problems(tape)).singleElement().satisfies(p -> assertThat(p)
                    .contains("bad\\e[2j").contains("(5007 characters)").doesNotContain("\u001b").hasSizeLessThan(300));
        }

        @Test
        void aByteThatIsNotUtf8IsRefusedAtItsLine() throws Exception {
            byte[] good = (HEADER + "t1,c1,y1,0.5,1,BUY,2026-03-01T12:00:00Z,\n").getBytes(StandardCharsets.UTF_8);
            byte[] bad = "t2,c1,y\u00ff1,0.5,1,BUY,2026-03-01T12:00:00Z,\n".getBytes(StandardCharsets.ISO_8859_1);
            byte[] file = new byte[good.length + bad.length];
            System.arraycopy(good, 0, file, 0, good.length);
            System.arraycopy(bad, 0, file, good.length, bad.length);

            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ReplayInputReader.read(
                    "tape.csv", InputCells.reader(new ByteArrayInputStream(file)), null, null));

            assertThat(e.problems()).singleElement().hasToString(
                    "tape.csv:3: token_id: not valid UTF-8 (a byte that is not UTF-8 is shown as \\uFFFD): 'y\uFFFD1'");
        }
    }

    /** Issue 9 case 8: a winning token that never printed in its market settled every position there at 0. */
    @Nested
    class WinningTokens {
        private static final String TAPE = HEADER + "t1,c1,yes1,0.5,1,BUY,2026-03-01T12:00:00Z,\n"
                + "t2,c1,no1,0.5,1,BUY,2026-03-01T12:00:01Z,\n"
                + "t3,c2,yes2,0.5,1,BUY,2026-03-01T12:00:02Z,\n";

        @Test
        void aWinnerThatNeverPrintedInItsMarketIsRefusedWithItsLine() {
            assertThat(problems(TAPE, RESOLUTIONS_HEADER + "c1,yes1,2026-03-02T00:00:00Z\n"
                    + "c2,yes1,2026-03-02T00:00:00Z\n" + "c1x,yes9,2026-03-02T00:00:00Z\n"))
                    .containsExactly("res.csv:3: winning_token_id: 'yes1' never printed in market 'c2' (its tape has yes2)");
        }

        @Test
        void aMarketWithoutPrintsMayNameAnyWinner() {
            ReplayInput input = read(TAPE, RESOLUTIONS_HEADER + "c1,no1,2026-03-02T00:00:00Z\n"
                    + "c9,anything,2026-03-02T00:00:00Z\n");

            assertThat(input.resolutions()).hasSize(2);
        }
    }
}
