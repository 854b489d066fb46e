package io.tradekit.bootstrap.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.adapters.inmemory.InMemoryStore;
import io.tradekit.application.backtest.SimulatedClock;
import io.tradekit.application.risk.RiskLimits;
import io.tradekit.application.risk.RiskLimitsSource;
import io.tradekit.application.tape.IngestPrints;
import io.tradekit.application.tape.IngestPrintsCommand;
import io.tradekit.bootstrap.Tradekit;
import io.tradekit.bootstrap.TradekitStore;
import io.tradekit.bootstrap.report.ReplayReport;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.tape.ConflictingPrintsException;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A streamed replay on an empty in-memory store reads the sorted tape once (the engine ingests batch by batch); on a
 * store whose tape holds prints it ingests the whole tape first (a conflict refuses the run, nothing written). Both
 * paths give the same report.
 */
class ReplayOnePassTest {
    private static final ReplaySettings SETTINGS = new ReplaySettings(AccountId.of("replay"), Price.of("0.95"),
            Duration.ofSeconds(300), Money.of("10"), BigDecimal.ZERO, Money.of("1000"), ZoneOffset.UTC, 365);

    private static ReplayReport replay(InMemoryStore store) throws IOException {
        SimulatedClock clock = SimulatedClock.startingAtFirstSet(ZoneOffset.UTC);
        try (SortedTape sorted = SortedTape.inTemporaryDirectory();
                Reader tape = sample("tape.csv");
                Reader resolutions = sample("resolutions.csv");
                Tradekit kit = Tradekit.on(TradekitStore.of(store), clock, RiskLimitsSource.same(RiskLimits.none()))) {
            ReplayInputReader.StreamedInput input = ReplayInputReader.stream("tape.csv", tape, "resolutions.csv",
                    resolutions, sorted);
            ReplayReport.Run run = new ReplayReport.Run("tape.csv", "resolutions.csv", "memory", "replay",
                    SETTINGS.threshold().value(), SETTINGS.stake().amount(), SETTINGS.feeBps(), 300, ZoneOffset.UTC,
                    365, null, null);
            Replay replay = new Replay(kit, clock, SETTINGS);
            return replay.run(input, run, ReplayProgress.NONE, replay.referenceStrategy());
        }
    }

    private static Reader sample(String name) {
        return new InputStreamReader(ReplayOnePassTest.class.getResourceAsStream("/sample/" + name),
                StandardCharsets.UTF_8);
    }

    @Test
    void onePassOnAnEmptyStoreReportsAsTheIngestFirstPassOfARerun() throws IOException {
        InMemoryStore store = new InMemoryStore();
        ReplayReport first = replay(store); // empty tape: one pass
        assertThat(first.counts().prints()).isEqualTo(12_000);
        assertThat(first.counts().printsNew()).isEqualTo(12_000);
        assertThat(first.counts().triggers()).isEqualTo(23);

        ReplayReport again = replay(store); // the tape is stored: ingested whole first, then the engine
        assertThat(again.counts().printsNew()).isZero();
        assertThat(again.counts()).usingRecursiveComparison().ignoringFields("printsNew").isEqualTo(first.counts());
        // the performance report holds the equity curve and the daily equity too
        assertThat(again.performance()).usingRecursiveComparison().isEqualTo(first.performance());
        assertThat(again.run()).isEqualTo(first.run());
    }

    @Test
    void aStoredPrintWithOtherValuesRefusesTheRunAndWritesNothing() throws IOException {
        InMemoryStore store = new InMemoryStore();
        String firstId;
        try (Reader tape = sample("tape.csv")) {
            ReplayInput input = ReplayInputReader.read("tape.csv", tape, "resolutions.csv", new StringReader(
                    String.join(",", ReplayInputReader.RESOLUTION_COLUMNS) + "\n"));
            MarketTrade last = input.prints().get(input.prints().size() - 1).trade();
            firstId = last.tradeId().value();
            // the store holds the file's last print with another price: found before the first write
            new IngestPrints(store.marketTrades(), store.unitOfWork()).ingest(IngestPrintsCommand.of(List.of(
                    new MarketTrade(last.tradeId(), last.conditionId(), last.tokenId(), Price.of("0.01"), last.size(),
                            last.takerSide(), last.timestamp()))));
        }
        MarketTrade other = new MarketTrade(MarketTradeId.of("other"), ConditionId.of("elsewhere"), TokenId.of("t"),
                Price.of("0.5"), Quantity.of("1"), Side.BUY, Instant.parse("2026-01-01T00:00:00Z"));
        store.marketTrades().insertIfAbsent(other);

        assertThatThrownBy(() -> replay(store)).isInstanceOf(ConflictingPrintsException.class)
                .hasMessageContaining(firstId);
        assertThat(store.marketTrades().findConditionsTradedSince(Times.EARLIEST)).hasSize(2);
        assertThat(store.triggers().findByAccount(SETTINGS.account())).isEmpty();
        assertThat(store.positions().findOpenByAccount(SETTINGS.account())).isEmpty();
    }
}
