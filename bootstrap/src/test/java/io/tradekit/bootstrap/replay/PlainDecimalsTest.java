package io.tradekit.bootstrap.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.domain.shared.Decimals;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written decimal reader agrees with the general path ({@code Require.decimal} then
 * {@code Decimals.exact}, what the reader did for every cell before): whatever it reads, the general path reads to
 * the same value; whatever the general path refuses, it leaves to the general path (so the refusal and its message
 * are the general path's). And it does read the plain forms a tape is made of.
 */
class PlainDecimalsTest {

    /** The general path's value at 8 decimals, or null when it refuses the text. */
    private static BigDecimal general(String text) {
        try {
            return Decimals.exact(Require.decimal(text, "price"), "price");
        } catch (InvalidValueException e) {
            return null;
        }
    }

    private static long fast(String text) {
        return PlainDecimals.scaled(text.toCharArray(), 0, text.length());
    }

    private static void agrees(String text) {
        long fast = fast(text);
        if (fast != PlainDecimals.NOT_PLAIN) {
            BigDecimal general = general(text);
            assertThat(general).as("'%s' is read by hand but refused by the general path", text).isNotNull();
            assertThat(BigDecimal.valueOf(fast, Decimals.SCALE)).as(text).isEqualTo(general);
        }
    }

    @Test
    void agreesOnEveryTextOfUpToFiveCharactersOfDigitsPointsSignsAndExponents() {
        char[] alphabet = {'0', '1', '9', '.', '+', '-', 'e', 'E', ' ', '5'};
        int checked = 0;
        for (int length = 0; length <= 5; length++) {
            int[] digits = new int[length];
            while (true) {
                char[] text = new char[length];
                for (int i = 0; i < length; i++) {
                    text[i] = alphabet[digits[i]];
                }
                agrees(new String(text));
                checked++;
                int i = length - 1;
                while (i >= 0 && ++digits[i] == alphabet.length) {
                    digits[i--] = 0;
                }
                if (i < 0) {
                    break;
                }
            }
        }
        assertThat(checked).isEqualTo(111_111);
    }

    @Test
    void agreesOnRandomPlainDecimalsAndReadsThemAll() {
        SplittableRandom random = new SplittableRandom(29);
        for (int i = 0; i < 300_000; i++) {
            int integerDigits = random.nextInt(0, 21);
            int decimals = random.nextInt(0, 12);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < integerDigits; k++) {
                text.append((char) ('0' + (k == 0 && random.nextInt(3) > 0 ? random.nextInt(1, 10) : random.nextInt(10))));
            }
            if (decimals > 0 || random.nextBoolean()) {
                text.append('.');
            }
            for (int k = 0; k < decimals; k++) {
                text.append((char) ('0' + (random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
            }
            String s = text.toString();
            agrees(s);
            BigDecimal general = general(s);
            if (general != null && general.unscaledValue().bitLength() < 60 && significantDigits(s) <= 18) {
                assertThat(fast(s)).as("'%s' is plain and should be read by hand", s).isNotEqualTo(PlainDecimals.NOT_PLAIN);
            }
        }
    }

    @Test
    void agreesOnRandomTextsOfEveryCharacterADecimalMayHave() {
        SplittableRandom random = new SplittableRandom(31);
        char[] alphabet = {'0', '0', '1', '2', '7', '9', '.', '.', '+', '-', 'e', 'E', ' ', '\u0663', '\uff13', 'x',
            '_', ','};
        for (int i = 0; i < 300_000; i++) {
            int length = random.nextInt(1, 80);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < length; k++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            agrees(text.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "0.5", ".5", "5.", "00000.10000000", "0.12345678", "0.123456780",
        "0.1234567800000", "0.000000000000", "1.000000000", "123456789012345678", "12345678901.12345678",
        "92233720368.54775807", "92233720368.54775808", "000000000000000000000000000000000000000000000000000001",
        "1234567890123456789", "0.123456789", "1e3", "1E-2", "+1", "-0", "-1", "", ".", "..", "1.2.3", " 1",
        "1 ", "NaN", "Infinity", "0x10", "\u0663"})
    void agreesOnTheEdges(String text) {
        agrees(text);
    }

    @Test
    void agreesOnLongCells() {
        for (String text : new String[] {"1".repeat(30), "1".repeat(31), "1".repeat(65), "0".repeat(64),
            "0".repeat(65), "0".repeat(63) + "1", "0".repeat(64) + "1", "0." + "0".repeat(62), "0." + "0".repeat(63)}) {
            agrees(text);
        }
        assertThat(fast("0".repeat(63) + "1")).isEqualTo(100_000_000L);
        assertThat(fast("0".repeat(64) + "1")).isEqualTo(PlainDecimals.NOT_PLAIN); // too long a cell
    }

    @Test
    void readsTheCommonFormsByHand() {
        assertThat(fast("0.442")).isEqualTo(44_200_000L);
        assertThat(fast("8.07")).isEqualTo(807_000_000L);
        assertThat(fast("1")).isEqualTo(100_000_000L);
        assertThat(fast("0")).isZero();
        assertThat(fast("0.12345678")).isEqualTo(12_345_678L);
        assertThat(fast("0.1234567800")).isEqualTo(12_345_678L);
        assertThat(fast("0.123456789")).isEqualTo(PlainDecimals.NOT_PLAIN); // refused by the general path
        assertThat(fast("1e3")).isEqualTo(PlainDecimals.NOT_PLAIN); // read by the general path
        assertThat(fast("-1")).isEqualTo(PlainDecimals.NOT_PLAIN);
        assertThat(fast("1".repeat(19))).isEqualTo(PlainDecimals.NOT_PLAIN);
    }

    private static int significantDigits(String s) {
        String digits = s.replace(".", "").replaceFirst("^0+", "");
        // trailing zeros past the 8th decimal are dropped before counting
        int point = s.indexOf('.');
        if (point >= 0) {
            int decimals = s.length() - point - 1;
            int cut = 0;
            while (decimals - cut > 8 && s.charAt(s.length() - 1 - cut) == '0') {
                cut++;
            }
            digits = digits.substring(0, Math.max(0, digits.length() - cut));
        }
        return digits.length();
    }
}
