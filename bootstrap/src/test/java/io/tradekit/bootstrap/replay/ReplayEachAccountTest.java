package io.tradekit.bootstrap.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.inmemory.InMemoryStore;
import io.tradekit.application.backtest.SimulatedClock;
import io.tradekit.application.backtest.Strategy;
import io.tradekit.application.risk.RiskLimits;
import io.tradekit.application.risk.RiskLimitsSource;
import io.tradekit.bootstrap.Tradekit;
import io.tradekit.bootstrap.TradekitStore;
import io.tradekit.bootstrap.cli.FirstNinety;
import io.tradekit.bootstrap.report.ReplayReport;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 11 point 7: several strategies in one pass over one read of the tape, a report per account. */
class ReplayEachAccountTest {
    private static final AccountId REFERENCE = AccountId.of("reference");
    private static final AccountId NINETY = AccountId.of("ninety");

    @Test
    void twoStrategiesInOnePassReportAsTwoSeparateRuns() throws IOException {
        Map<AccountId, Strategy> strategies = new LinkedHashMap<>();
        strategies.put(REFERENCE, null); // the settings' reference strategy, made by the replay below
        strategies.put(NINETY, new FirstNinety());
        Map<AccountId, ReplayReport> together = replay(new InMemoryStore(), strategies);

        ReplayReport referenceAlone = replay(new InMemoryStore(), one(REFERENCE, null)).get(REFERENCE);
        ReplayReport ninetyAlone = replay(new InMemoryStore(), one(NINETY, new FirstNinety())).get(NINETY);

        assertThat(together.keySet()).containsExactly(REFERENCE, NINETY);
        assertThat(together.get(REFERENCE)).usingRecursiveComparison().isEqualTo(referenceAlone);
        assertThat(together.get(NINETY)).usingRecursiveComparison().isEqualTo(ninetyAlone);
        assertThat(together.get(REFERENCE).run().account()).isEqualTo("reference");
        assertThat(together.get(NINETY).run().strategy()).isEqualTo(FirstNinety.class.getName());
        // the two strategies traded differently: the comparison above is not between two empty reports
        assertThat(together.get(REFERENCE).counts().entries()).isPositive();
        assertThat(together.get(NINETY).counts().entries()).isPositive()
                .isNotEqualTo(together.get(REFERENCE).counts().entries());
        assertThat(together.get(REFERENCE).performance().closed()).isPositive();
    }

    /** The sample tape streamed once through {@link Replay#runEach}; a null strategy is the reference one. */
    private static Map<AccountId, ReplayReport> replay(InMemoryStore store, Map<AccountId, Strategy> given)
            throws IOException {
        ReplaySettings settings = new ReplaySettings(REFERENCE, Price.of("0.95"), Duration.ofSeconds(300),
                Money.of("10"), BigDecimal.ZERO, Money.of("1000"), ZoneOffset.UTC, 365);
        SimulatedClock clock = SimulatedClock.startingAtFirstSet(ZoneOffset.UTC);
        try (SortedTape sorted = SortedTape.inTemporaryDirectory();
                Reader tape = sample("tape.csv");
                Reader resolutions = sample("resolutions.csv");
                Tradekit kit = Tradekit.on(TradekitStore.of(store), clock, RiskLimitsSource.same(RiskLimits.none()))) {
            ReplayInputReader.StreamedInput input = ReplayInputReader.stream("tape.csv", tape, "resolutions.csv",
                    resolutions, sorted);
            ReplayReport.Run run = new ReplayReport.Run("tape.csv", "resolutions.csv", "memory", "replay",
                    settings.threshold().value(), settings.stake().amount(), settings.feeBps(), 300, ZoneOffset.UTC,
                    365, null, null);
            Replay replay = new Replay(kit, clock, settings);
            Map<AccountId, Strategy> strategies = new LinkedHashMap<>();
            for (AccountId account : List.copyOf(given.keySet())) {
                Strategy strategy = given.get(account);
                strategies.put(account, strategy == null ? replay.referenceStrategy() : strategy);
            }
            return replay.runEach(Replay.events(input), run, ReplayProgress.NONE, strategies);
        }
    }

    private static Map<AccountId, Strategy> one(AccountId account, Strategy strategy) {
        Map<AccountId, Strategy> strategies = new LinkedHashMap<>();
        strategies.put(account, strategy);
        return strategies;
    }

    private static Reader sample(String name) {
        return new InputStreamReader(ReplayEachAccountTest.class.getResourceAsStream("/sample/" + name),
                StandardCharsets.UTF_8);
    }
}
