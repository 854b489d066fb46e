package io.tradekit.bootstrap.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The guards every input cell passes before any parsing, and the one way an input value is echoed back.
 * <ul>
 *   <li>a length limit per kind of cell (ids, numbers, times, sides), so one hostile cell (a price of ten million
 *       digits) is refused in microseconds instead of keeping a parser busy for minutes;</li>
 *   <li>a byte that is not UTF-8 is refused at its cell's FILE:LINE (files are decoded with {@link #open}, which
 *       turns such bytes into U+FFFD instead of failing the whole read at an unknown line);</li>
 *   <li>echoed values are cut to {@value #ECHO_LENGTH} characters with their full length stated, and control
 *       characters (a terminal's escape codes) are shown escaped, never sent to the terminal.</li>
 * </ul>
 * Used by the CSV reader row by row; reusable by any other input source.
 */
public final class InputCells {
    /** Ids: the domain's limit ({@code Require.id}). */
    public static final int MAX_ID_LENGTH = 200;
    /** Numbers: 30 integer digits, a point, 8 decimals and a sign fit with room to spare. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Times: an ISO-8601 instant with nanoseconds and an offset is under 40. */
    public static final int MAX_TIME_LENGTH = 64;
    /** Sides: BUY or SELL. */
    public static final int MAX_SIDE_LENGTH = 16;
    /** Any other cell (a header name). */
    public static final int MAX_OTHER_LENGTH = 200;
    /** How much of a refused value a message shows. */
    public static final int ECHO_LENGTH = 40;

    private static final char REPLACEMENT = '\uFFFD';

    private InputCells() {
    }

    /** The most characters a cell of {@code column} may have. */
    public static int maxLength(String column) {
        return switch (column) {
            case "trade_id", "condition_id", "token_id", "winning_token_id" -> MAX_ID_LENGTH;
            case "price", "size" -> MAX_NUMBER_LENGTH;
            case "timestamp", "received_at", "resolved_at" -> MAX_TIME_LENGTH;
            case "side" -> MAX_SIDE_LENGTH;
            default -> MAX_OTHER_LENGTH;
        };
    }

    /** What is wrong with {@code text} as a cell of {@code column} before it is parsed; null when nothing. */
    public static String problem(String column, String text) {
        if (text == null) {
            return null;
        }
        int max = maxLength(column);
        if (text.length() > max) {
            return "too long: " + text.length() + " characters, at most " + max + ": " + echo(text);
        }
        if (text.indexOf(REPLACEMENT) >= 0) {
            return "not valid UTF-8 (a byte that is not UTF-8 is shown as \\uFFFD): " + echo(text);
        }
        return null;
    }

    /**
     * A value as a message shows it: quoted, control characters escaped, cut to {@value #ECHO_LENGTH} characters
     * with its full length stated.
     */
    public static String echo(String value) {
        if (value == null) {
            return "null";
        }
        if (value.length() <= ECHO_LENGTH) {
            return "'" + escape(value) + "'";
        }
        return "'" + escape(value.substring(0, ECHO_LENGTH)) + "...' (" + value.length() + " characters)";
    }

    /** {@code text} with every control character shown as an escape ({@code \e}, {@code \n}, {@code \u0007}). */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else {
                    switch (c) {
                        case '\u001b' -> out.append("\\e");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        case '\t' -> out.append("\\t");
                        default -> out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    }
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Opens a UTF-8 file so that a byte which is not UTF-8 becomes U+FFFD in its cell, refused there with its line
     * ({@link #problem}), instead of failing the whole read with no line.
     */
    public static Reader open(Path file) throws IOException {
        return reader(Files.newInputStream(file));
    }

    /** {@link #open} for a stream (the bundled sample). */
    public static Reader reader(InputStream in) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new java.io.BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }
}
