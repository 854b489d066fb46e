package io.tradekit.bootstrap.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written CSV reader reads what commons-csv reads (RFC 4180, trimmed cells, empty lines kept): the same
 * records, starting on the same lines, and the same message at the same record for a broken quote. commons-csv is
 * the reference the reader replaced; it stays a test dependency for this comparison.
 */
class CsvTableTest {
    private static final CSVFormat REFERENCE = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();

    /** What commons-csv gives, one entry per record ("line: [cells]"), then the failure if any. */
    private static List<String> reference(String text) {
        List<String> out = new ArrayList<>();
        try (PushbackReader reader = new PushbackReader(new StringReader(text), 1)) {
            int first = reader.read();
            if (first != -1 && first != '\uFEFF') {
                reader.unread(first);
            }
            try (CSVParser parser = REFERENCE.parse(reader)) {
                var records = parser.iterator();
                while (true) {
                    long line = parser.getCurrentLineNumber() + 1;
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException e) {
                        out.add(line + ": failed: " + root(e));
                        break;
                    }
                    out.add(line + ": " + record.toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> handWritten(Reader reader) {
        List<String> out = new ArrayList<>();
        try {
            CsvTable.Lexer lexer = new CsvTable.Lexer(reader);
            while (true) {
                long line = lexer.lineBreaks() + 1;
                try {
                    if (!lexer.next()) {
                        break;
                    }
                } catch (IOException e) {
                    out.add(line + ": failed: " + e.getMessage());
                    break;
                }
                out.add(line + ": " + lexer.cellList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** A reader that hands out a few characters at a time, so every refill boundary is crossed. */
    private static Reader trickle(String text, SplittableRandom random) {
        return new Reader() {
            private int next;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (next == text.length()) {
                    return -1;
                }
                int n = Math.min(Math.min(length, 1 + random.nextInt(7)), text.length() - next);
                text.getChars(next, next + n, buffer, offset);
                next += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    private static final char[] ALPHABET = {'a', 'b', '1', ' ', '\t', ',', ',', '"', '"', '\n', '\r', '\u000b',
        '\u00a0', '\u2028', '\u001f', '\ufeff', '.'};

    @Test
    void readsEveryShortTextAsCommonsCsvDoes() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 300_000; i++) {
            int n = random.nextInt(14);
            StringBuilder text = new StringBuilder(n);
            for (int k = 0; k < n; k++) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String s = text.toString();
            List<String> expected = reference(s);
            assertThat(handWritten(new StringReader(s))).as("%s", InputCells.escape(s)).isEqualTo(expected);
            assertThat(handWritten(trickle(s, random))).as("%s", InputCells.escape(s)).isEqualTo(expected);
        }
    }

    @Test
    void readsLongFilesAcrossItsBufferAsCommonsCsvDoes() {
        SplittableRandom random = new SplittableRandom(23);
        for (int i = 0; i < 20; i++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 200_000) {
                // mostly plain rows, some quoted cells (with doubled quotes and line breaks), varied line ends
                int cells = 1 + random.nextInt(8);
                for (int c = 0; c < cells; c++) {
                    if (c > 0) {
                        text.append(',');
                    }
                    if (random.nextInt(10) == 0) {
                        text.append('"').append("q\"\"x\r\n y".substring(0, random.nextInt(9))).append('"');
                        if (random.nextInt(20) == 0) {
                            text.append(' ');
                        }
                    } else {
                        int len = random.nextInt(random.nextInt(30) == 0 ? 400 : 25);
                        for (int k = 0; k < len; k++) {
                            text.append(random.nextInt(12) == 0 ? ' ' : (char) ('a' + random.nextInt(26)));
                        }
                    }
                }
                text.append(switch (random.nextInt(6)) {
                    case 0 -> "\r\n";
                    case 1 -> "\r";
                    case 2 -> "\n\n";
                    default -> "\n";
                });
            }
            if (i % 4 == 1) {
                text.append("t,\"unterminated\n");
            } else if (i % 4 == 2) {
                text.insert(text.length() / 2, "\n\"quoted\"x,y\n");
            }
            String s = text.toString();
            List<String> expected = reference(s);
            assertThat(handWritten(new StringReader(s))).isEqualTo(expected);
            assertThat(handWritten(trickle(s, random))).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "a", "a,", ",", "a\r\nb\rc\n\nd", "\"a\"\"b\",\"c\nd\"\ne", "\"a\" ,b",
        "\"a\"x,b", "x,\"open\nrest", " \"a\" ,b", "a\"b,c", "\ufeffa,b", "\ufeff", "\"\"", "\"a\"\t\u000b,b",
        "\"a\"\u00a0,b", "a,b\r", "a\r\n\r\nb", "\"x\r\ny\"z"})
    void edgeCasesReadAsCommonsCsvDoes(String text) {
        assertThat(handWritten(new StringReader(text))).isEqualTo(reference(text));
    }
}
