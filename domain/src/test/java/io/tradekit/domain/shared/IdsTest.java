package io.tradekit.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.watermark.ConsumerId;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every id type: printable ASCII without spaces, 1..200 characters, and the error names the field. */
class IdsTest {

    static Stream<Arguments> ids() {
        return Stream.of(
                Arguments.of("accountId", (Function<String, Object>) AccountId::of),
                Arguments.of("conditionId", (Function<String, Object>) ConditionId::of),
                Arguments.of("tokenId", (Function<String, Object>) TokenId::of),
                Arguments.of("eventId", (Function<String, Object>) EventId::of),
                Arguments.of("positionId", (Function<String, Object>) PositionId::of),
                Arguments.of("tradeId", (Function<String, Object>) MarketTradeId::of),
                Arguments.of("clientTradeId", (Function<String, Object>) ClientTradeId::of),
                Arguments.of("consumerId", (Function<String, Object>) ConsumerId::of));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void acceptsPrintableAsciiAndPrintsTheBareValue(String field, Function<String, Object> factory) {
        Object id = factory.apply("0xAbC-123_:/.~!");

        assertThat(id).isEqualTo(factory.apply("0xAbC-123_:/.~!"));
        assertThat(id).hasToString("0xAbC-123_:/.~!");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void rejectsNull(String field, Function<String, Object> factory) {
        assertInvalid(() -> factory.apply(null), field, "must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void rejectsEmpty(String field, Function<String, Object> factory) {
        assertInvalid(() -> factory.apply(""), field, "must not be blank");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void rejectsBlankSpacesAndControlCharacters(String field, Function<String, Object> factory) {
        for (String bad : new String[] {"   ", "a b", " a", "a\t", "a\nb", "\u0000"}) {
            assertInvalid(() -> factory.apply(bad), field, "printable ASCII without spaces");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void rejectsNonAscii(String field, Function<String, Object> factory) {
        // byte order must equal String order in every store, so no accents, no emoji, no DEL (0x7f)
        for (String bad : new String[] {"caf\u00e9", "\u2603", "a\u007f", "\uD83D\uDE00"}) {
            assertInvalid(() -> factory.apply(bad), field, "printable ASCII without spaces");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void limitsTheLengthTo200(String field, Function<String, Object> factory) {
        assertThat(factory.apply("x".repeat(200)).toString()).hasSize(200);
        assertInvalid(() -> factory.apply("x".repeat(201)), field, "longer than 200 characters");
    }

    private static void assertInvalid(Runnable creation, String field, String problem) {
        assertThatThrownBy(creation::run)
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith(field + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field));
    }
}
