package io.tradekit.bootstrap.replay;

import java.time.Instant;

/**
 * {@link Instant#parse} for the tape's hot loop: the common form {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} is read by
 * hand; anything else (offsets, lowercase letters, a leap second, a bad date) goes to {@link Instant#parse}, so
 * the result and the refusals are always the JDK's. IsoInstantsTest checks the two agree, on every form.
 * {@link #micros} reads the form straight from the CSV reader's characters, without a String.
 */
final class IsoInstants {
    private IsoInstants() {
    }

    static Instant parse(String text) {
        Instant fast = fast(text);
        return fast != null ? fast : Instant.parse(text);
    }

    /** Null when the text is not in the plain form, or names no valid date and time: let the JDK decide. */
    static Instant fast(String s) {
        char[] chars = s.toCharArray();
        long seconds = seconds(chars, 0, chars.length, 0);
        int nanos = seconds == NOT_PLAIN ? -1 : fraction(chars, 0, chars.length);
        return nanos < 0 ? null : Instant.ofEpochSecond(seconds, nanos);
    }

    /** Marks a text {@link #micros} does not read. */
    static final long NOT_PLAIN = Long.MIN_VALUE;

    /**
     * The instant in {@code chars[from..to)} as microseconds since the epoch (sub-microsecond digits dropped, as
     * {@code Times.micros} drops them), when it is in the plain form and within years 1 to 9999 (the kit's range);
     * otherwise {@link #NOT_PLAIN}, and the caller takes the general path, which parses it or says what is wrong.
     */
    static long micros(char[] chars, int from, int to) {
        long seconds = seconds(chars, from, to, 1);
        int nanos = seconds == NOT_PLAIN ? -1 : fraction(chars, from, to - from);
        return nanos < 0 ? NOT_PLAIN : seconds * 1_000_000 + nanos / 1000;
    }

    /** The whole seconds of a plain-form instant of year {@code minYear} or later, or {@link #NOT_PLAIN}. */
    private static long seconds(char[] chars, int from, int to, int minYear) {
        int n = to - from;
        if (n < 20 || n > 30 || chars[from + 4] != '-' || chars[from + 7] != '-' || chars[from + 10] != 'T'
                || chars[from + 13] != ':' || chars[from + 16] != ':' || chars[to - 1] != 'Z') {
            return NOT_PLAIN;
        }
        int year = digits(chars, from, 4);
        int month = digits(chars, from + 5, 2);
        int day = digits(chars, from + 8, 2);
        int hour = digits(chars, from + 11, 2);
        int minute = digits(chars, from + 14, 2);
        int second = digits(chars, from + 17, 2);
        if (year < minYear || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour < 0
                || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return NOT_PLAIN;
        }
        return epochDay(year, month, day) * 86_400 + hour * 3600L + minute * 60L + second;
    }

    /** The nanoseconds of {@code .f{1,9}} between the seconds and the 'Z' (0 when there is none), -1 if malformed. */
    private static int fraction(char[] chars, int from, int n) {
        if (n == 20) {
            return 0;
        }
        int fraction = n - 21; // between '.' and 'Z'
        if (chars[from + 19] != '.' || fraction < 1 || fraction > 9) {
            return -1;
        }
        int f = digits(chars, from + 20, fraction);
        if (f < 0) {
            return -1;
        }
        for (int i = fraction; i < 9; i++) {
            f *= 10;
        }
        return f;
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1 if any is not one. */
    private static int digits(char[] s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = s[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** As LocalDate.toEpochDay, for years 0..9999. */
    private static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y;
        if (y >= 0) {
            total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        } else {
            total -= y / -4 - y / -100 + y / -400;
        }
        total += (367L * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            if (!leap) {
                total--;
            }
        }
        return total - 719_528; // days from 0000-01-01 to 1970-01-01
    }
}
