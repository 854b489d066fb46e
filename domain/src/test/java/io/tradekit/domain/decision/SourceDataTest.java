package io.tradekit.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceDataTest {
    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "null", "true", "0", "-0.5e-3", "\"x\"", " {\"a\" : [1, 2.5, {\"b\": null}]}\n",
            "{\"s\":\"\\u00e9\\n\\\"q\\\" \\/\"}", "[[[[]]]]", "{\"\u2603\":\"caf\u00e9\"}"})
    void validJsonIsKeptAsGiven(String json) {
        assertThat(SourceData.of(json).json()).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "{\"a\":}", "{a:1}", "[1,]", "[1 2]", "01", "1.", ".5", "+1", "tru",
            "\"unterminated", "\"tab\there\"", "{\"a\":1}}", "{} {}", "'x'", "NaN", "\"\\x\"", "\"\\u12\""})
    void invalidJsonIsRefusedNamingTheFieldAndWhere(String json) {
        assertThatThrownBy(() -> SourceData.of(json)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("sourceData: not valid JSON at character");
    }

    @Test
    void nestingIsBounded() {
        assertThatThrownBy(() -> SourceData.of("[".repeat(100) + "]".repeat(100)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("nested deeper");
    }

    @Test
    void theCapIsInBytesOfUtf8() {
        String atCap = "\"" + "a".repeat(SourceData.MAX_BYTES - 2) + "\"";
        assertThat(SourceData.of(atCap).json()).hasSize(SourceData.MAX_BYTES);
        String overByOne = "\"" + "a".repeat(SourceData.MAX_BYTES - 1) + "\"";
        assertThatThrownBy(() -> SourceData.of(overByOne)).isInstanceOf(InvalidValueException.class)
                .hasMessage("sourceData: 65537 bytes of UTF-8 exceed the cap of 65536 bytes; keep what the bot saw,"
                        + " not everything it could see");
        // 3 bytes per snowman: fewer characters than the cap, more bytes
        String snowmen = "\"" + "\u2603".repeat(SourceData.MAX_BYTES / 3) + "\"";
        assertThat(snowmen.length()).isLessThan(SourceData.MAX_BYTES);
        assertThatThrownBy(() -> SourceData.of(snowmen)).hasMessageContaining("bytes of UTF-8 exceed");
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> SourceData.of(null)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("sourceData");
    }
}
