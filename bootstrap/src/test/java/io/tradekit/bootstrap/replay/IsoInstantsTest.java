package io.tradekit.bootstrap.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Times;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written instant parser agrees with Instant.parse on every value, and refuses what it refuses. */
class IsoInstantsTest {

    @Test
    void agreesWithTheJdkOnRandomInstantsOfEveryYearAndPrecision() {
        SplittableRandom random = new SplittableRandom(3);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(min, max + 1), random.nextInt(1_000_000_000));
            String text = at.toString(); // 0, 3, 6 or 9 fraction digits
            int cut = random.nextInt(10); // and every other precision, trailing zeros included
            String variant = text.substring(0, 19) + (cut == 0 ? "" : "." + String.format("%09d", at.getNano())
                    .substring(0, cut)) + "Z";
            assertThat(IsoInstants.fast(text)).as(text).isEqualTo(Instant.parse(text));
            assertThat(IsoInstants.fast(variant)).as(variant).isEqualTo(Instant.parse(variant));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01T12:00:00Z", "2024-02-29T23:59:59.999999999Z", "2000-02-29T00:00:00.5Z",
            "1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1969-12-31T23:59:59.1Z",
            "2026-03-01T12:00:00.000Z", "1600-03-01T00:00:00Z"})
    void edgeDatesAgree(String text) {
        assertThat(IsoInstants.fast(text)).isEqualTo(Instant.parse(text));
        assertThat(IsoInstants.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
            "2026-00-01T00:00:00Z", "2026-04-31T00:00:00Z", "2026-03-01T12:60:00Z",
            "2026-03-01T12:00:61Z", "2026-03-01T12:00:00.1234567890Z", "2026-03-01 12:00:00Z",
            "2026-03-01T12:00:00", "2026-3-01T12:00:00Z", "+2026-03-01T12:00:00Z", "2026-03-01T12:00:0aZ",
            "2026-03-01T12:00:00,5Z", "", "not a time", "2026-03-01T12:00:00ZZ", "２026-03-01T12:00:00Z"})
    void whatTheJdkRefusesIsRefused(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstants.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01t12:00:00z", "2026-03-01T12:00:00+01:00", "2016-12-31T23:59:60Z",
            "2026-03-01T24:00:00Z", "2026-03-01T12:00:00.Z",
            "2026-03-01T12:00:00.123+00:00"})
    void otherFormsTheJdkTakesGoToTheJdk(String text) {
        assertThat(IsoInstants.fast(text)).isNull();
        assertThat(IsoInstants.parse(text)).isEqualTo(Instant.parse(text));
    }

    /** The tape reader's form: microseconds straight from the characters, or the general path for anything else. */
    @Test
    void microsAgreeWithTheGeneralPathOnRandomInstantsAndMutations() {
        SplittableRandom random = new SplittableRandom(7);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        char[] alphabet = {'0', '1', '2', '3', '5', '9', '-', ':', '.', 'T', 't', 'Z', 'z', '+', ' ', '\u0663'};
        for (int i = 0; i < 300_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(min, max + 1), random.nextInt(1_000_000_000));
            int cut = random.nextInt(11);
            String text = at.toString().substring(0, 19) + (cut == 0 ? "" : "." + (String.format("%09d", at.getNano())
                    + "7").substring(0, cut)) + "Z";
            microsAgree(text, cut <= 9 && at.getEpochSecond() >= Times.EARLIEST.getEpochSecond());
            char[] mutated = text.toCharArray();
            mutated[random.nextInt(mutated.length)] = alphabet[random.nextInt(alphabet.length)];
            microsAgree(new String(mutated), false);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "0000-12-31T23:59:59.999999999Z", "9999-12-31T23:59:59.999999Z",
        "9999-12-31T23:59:59.9999999Z", "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z",
        "2000-02-29T12:00:00.1Z", "2026-04-31T00:00:00Z", "2026-06-30T24:00:00Z", "2016-12-31T23:59:60Z",
        "2026-03-01T12:00:00+00:00", "2026-03-01T12:00:00.000+01:00", "2026-03-01T12:00:00.Z", "2026-03-01T12:00Z",
        "2026-03-01t12:00:00z", "1969-12-31T23:59:59.999999Z", "1970-01-01T00:00:00.0000001Z", "+2026-03-01T12:00:00Z",
        "2026-03-01T12:00:00.1234567890Z", "", "Z", "2026-03-01T12:00:00ZZ"})
    void microsAgreeOnTheEdges(String text) {
        microsAgree(text, false);
    }

    /** {@code mustBeFast}: a plain instant of the kit's range, which the hand-written path must read itself. */
    private static void microsAgree(String text, boolean mustBeFast) {
        long fast = IsoInstants.micros(text.toCharArray(), 0, text.length());
        Instant general;
        try {
            general = Times.micros(Instant.parse(text), "time");
        } catch (DateTimeParseException | InvalidValueException e) {
            general = null;
        }
        if (fast != IsoInstants.NOT_PLAIN) {
            assertThat(general).as("'%s' is read by hand but refused by the general path", text).isNotNull();
            assertThat(TapeRow.instant(fast)).as(text).isEqualTo(general);
        } else {
            assertThat(mustBeFast).as("'%s' should be read by hand", text).isFalse();
        }
    }
}
