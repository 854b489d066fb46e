package io.tradekit.bootstrap.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.bootstrap.replay.ReplayInput;
import io.tradekit.bootstrap.replay.ReplayInputReader;
import io.tradekit.bootstrap.replay.Resolution;
import io.tradekit.bootstrap.replay.TapePrint;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.TokenId;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleGeneratorTest {
    private static final Price THRESHOLD = Price.of("0.95");

    record Generated(String tape, String resolutions) {
        ReplayInput parsed() {
            return ReplayInputReader.read("tape.csv", new StringReader(tape), "resolutions.csv",
                    new StringReader(resolutions));
        }
    }

    static Generated generate(SampleGenerator.Spec spec) throws IOException {
        StringWriter tape = new StringWriter();
        StringWriter resolutions = new StringWriter();
        SampleGenerator.generate(spec, tape, resolutions);
        return new Generated(tape.toString(), resolutions.toString());
    }

    @Test
    void theSameSpecGivesTheSameBytes() throws IOException {
        SampleGenerator.Spec spec = new SampleGenerator.Spec(6, 600, 42);

        assertThat(generate(spec)).isEqualTo(generate(spec));
    }

    @Test
    void anotherSeedGivesAnotherTape() throws IOException {
        assertThat(generate(new SampleGenerator.Spec(6, 600, 1)).tape())
                .isNotEqualTo(generate(new SampleGenerator.Spec(6, 600, 2)).tape());
    }

    @Test
    void theBundledSampleIsTheGeneratorsOutputWithTheDefaults() throws IOException {
        Generated fresh = generate(SampleGenerator.Spec.BUNDLED);

        assertThat(resource("/sample/tape.csv")).isEqualTo(fresh.tape());
        assertThat(resource("/sample/resolutions.csv")).isEqualTo(fresh.resolutions());
        assertThat(fresh.tape().getBytes(StandardCharsets.UTF_8).length).isLessThan(5_000_000);
    }

    @Test
    void theTapeIsValidInputWithTheRequestedSize() throws IOException {
        ReplayInput input = generate(new SampleGenerator.Spec(12, 3000, 5)).parsed();

        assertThat(input.prints()).hasSize(3000);
        assertThat(input.prints().stream().map(p -> p.trade().conditionId()).distinct()).hasSize(12);
    }

    @Test
    void theTapeHasWhatARealTapeHas() throws IOException {
        ReplayInput input = generate(SampleGenerator.Spec.BUNDLED).parsed();
        List<TapePrint> prints = input.prints();

        // several prints per timestamp in one market
        Map<String, Long> perTimestamp = prints.stream().collect(Collectors.groupingBy(
                p -> p.trade().conditionId() + "@" + p.trade().timestamp(), Collectors.counting()));
        assertThat(perTimestamp.values().stream().filter(n -> n > 1).count()).isGreaterThan(100);

        // delayed prints, received more than 300 s after they happened
        assertThat(prints.stream().filter(p -> Duration.between(p.trade().timestamp(), p.receivedAt())
                .compareTo(Duration.ofSeconds(300)) > 0).count()).isGreaterThan(50);

        // markets whose two tokens both reach the threshold
        Map<ConditionId, Set<TokenId>> crossed = new HashMap<>();
        prints.stream().filter(p -> p.trade().price().isAtLeast(THRESHOLD))
                .forEach(p -> crossed.computeIfAbsent(p.trade().conditionId(), c -> new HashSet<>()).add(p.trade().tokenId()));
        assertThat(crossed.values().stream().filter(tokens -> tokens.size() == 2).count()).isGreaterThanOrEqualTo(2);

        // a token id traded under two condition ids (a relisted market)
        Map<TokenId, Set<ConditionId>> conditionsOfToken = new HashMap<>();
        prints.forEach(p -> conditionsOfToken.computeIfAbsent(p.trade().tokenId(), t -> new HashSet<>())
                .add(p.trade().conditionId()));
        assertThat(conditionsOfToken.values().stream().filter(c -> c.size() > 1).count()).isEqualTo(1);

        // markets that never resolve, and markets that resolve after the last print
        Set<ConditionId> markets = prints.stream().map(p -> p.trade().conditionId()).collect(Collectors.toSet());
        Set<ConditionId> resolved = input.resolutions().stream().map(Resolution::conditionId).collect(Collectors.toSet());
        assertThat(markets.stream().filter(m -> !resolved.contains(m)).count()).isGreaterThanOrEqualTo(2);
        var lastReceived = prints.stream().map(TapePrint::receivedAt).max(Comparable::compareTo).orElseThrow();
        assertThat(input.resolutions().stream().filter(r -> r.resolvedAt().isAfter(lastReceived)).count())
                .isGreaterThanOrEqualTo(2);
        assertThat(input.resolutions().stream().filter(r -> r.resolvedAt().isBefore(lastReceived)).count())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void refusesSizesThatCannotMakeATape() {
        assertThatThrownBy(() -> new SampleGenerator.Spec(1, 100, 1)).hasMessageStartingWith("markets:");
        assertThatThrownBy(() -> new SampleGenerator.Spec(10, 50, 1)).hasMessageStartingWith("prints:");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SampleGeneratorTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
