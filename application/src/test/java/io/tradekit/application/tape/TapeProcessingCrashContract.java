package io.tradekit.application.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.testsupport.CrashingStore;
import io.tradekit.application.testsupport.SimulatedCrash;
import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.trigger.Trigger;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.Watermark;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 4's crash-replay requirement, for any store: a small tape processed straight through and the same
 * tape processed with a simulated crash (at every step, and at random steps for several seeds) followed by
 * a re-run end with identical triggers and watermarks. Each run uses its own account over the one shared
 * tape (the tape is public data; triggers and watermarks are per account). An adapter runs this by
 * extending it and returning its store from {@link #store()}.
 */
public abstract class TapeProcessingCrashContract {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Price P90 = Price.of("0.90");
    private static final Price P95 = Price.of("0.95");
    private static final int BATCH = 3;

    /** A store over the adapter under test; called once per test. */
    protected abstract JournalStoreUnderTest store();

    private final TestIds ids = new TestIds();
    private JournalStoreUnderTest store;
    private ConsumerId consumer;
    private ConditionId m1;
    private ConditionId m2;
    private ConditionId m3;
    private List<MarketTrade> tape;

    @BeforeEach
    void ingestTheTape() {
        store = store();
        consumer = ids.consumer("strategy");
        m1 = ids.condition("m1");
        m2 = ids.condition("m2");
        m3 = ids.condition("m3");
        TokenId y1 = ids.token("y1");
        TokenId n1 = ids.token("n1");
        TokenId y2 = ids.token("y2");
        TokenId n2 = ids.token("n2");
        TokenId y3 = ids.token("y3");
        tape = List.of(
                ids.print("a01", m1, y1, "0.97", NOW.minusSeconds(900)), // stale: never fires
                ids.print("a02", m1, y1, "0.85", NOW.minusSeconds(200)),
                ids.print("a03", m1, n1, "0.91", NOW.minusSeconds(100)), // (m1, 0.90) via n1
                ids.print("a04", m1, y1, "0.96", NOW.minusSeconds(100)), // same time, later id: (m1, 0.95)
                ids.print("a05", m1, y1, "0.99", NOW.minusSeconds(50)),
                ids.print("a06", m1, n1, "0.95", NOW.minusSeconds(40)),
                ids.print("b01", m2, y2, "0.95", NOW.minusSeconds(100)), // both thresholds at once
                ids.print("b02", m2, n2, "0.96", NOW.minusSeconds(100)), // other token, same market: nothing
                ids.print("b03", m2, y2, "0.50", NOW.minusSeconds(10)),
                ids.print("b04", m2, n2, "0.89", NOW.minusSeconds(5)),
                ids.print("c04", m3, y3, "0.99", NOW.minusSeconds(1000)), // stale, first in m3's order
                ids.print("c01", m3, y1, "0.92", NOW.minusSeconds(30)), // y1 again, other market: (m3, 0.90)
                ids.print("c02", m3, y1, "0.96", NOW.minusSeconds(20)), // (y1, 0.95) taken in m1: nothing
                ids.print("c03", m3, y3, "0.97", NOW.minusSeconds(10))); // (m3, 0.95) via y3
        new IngestPrints(store.marketTrades(), store.unitOfWork()).ingest(IngestPrintsCommand.of(tape));
    }

    private ProcessTapeCommand command(AccountId account) {
        return ProcessTapeCommand.of(account, consumer, Set.of(P90, P95))
                .withMaxAge(Duration.ofSeconds(300))
                .withBatchSize(BATCH)
                .withConditions(Set.of(m1, m2, m3));
    }

    private static ProcessTape processTape(StoreUnderTest s) {
        return new ProcessTape(s.marketTrades(), s.triggers(), s.watermarks(), s.unitOfWork(), CLOCK);
    }

    @Test
    void straightRunFiresTheHandWorkedTriggers() {
        AccountId account = ids.account("straight");

        ProcessTapeResult result = processTape(store).process(command(account));

        List<TriggerView> expected = List.of(
                expected(m1, "n1", P90, "0.91", "a03"),
                expected(m1, "y1", P95, "0.96", "a04"),
                expected(m2, "y2", P90, "0.95", "b01"),
                expected(m2, "y2", P95, "0.95", "b01"),
                expected(m3, "y1", P90, "0.92", "c01"),
                expected(m3, "y3", P95, "0.97", "c03"));
        assertThat(result.triggersFired()).map(this::view).containsExactlyElementsOf(expected);
        assertThat(triggersOf(account)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.printsRead()).isEqualTo(14);
        assertThat(result.staleSkipped()).isEqualTo(2);
        assertThat(watermarksOf(account)).isEqualTo(Map.of(
                m1, Optional.of(position("a06")), m2, Optional.of(position("b04")), m3, Optional.of(position("c03"))));
        assertThat(result.advancedTo()).isEqualTo(Map.of(m1, position("a06"), m2, position("b04"), m3, position("c03")));
    }

    @Test
    void aCrashAtEveryStepThenARerunEndsLikeTheStraightRun() {
        AccountId reference = ids.account("reference");
        CrashingStore counting = CrashingStore.counting(store);
        processTape(counting).process(command(reference));
        int steps = counting.steps();
        assertThat(steps).as("crash points in one run").isGreaterThan(20);

        for (int step = 1; step <= steps; step++) {
            AccountId account = ids.account("crash-at-" + step);
            CrashingStore crashing = CrashingStore.crashingAt(store, step);
            assertThatThrownBy(() -> processTape(crashing).process(command(account)))
                    .isInstanceOf(SimulatedCrash.class);
            assertCommittedStateIsAPrefixOf(reference, account);

            processTape(store).process(command(account));

            assertSameOutcome(reference, account);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 1234, 99991})
    void repeatedRandomCrashesThenARerunEndLikeTheStraightRun(long seed) {
        AccountId reference = ids.account("reference");
        CrashingStore counting = CrashingStore.counting(store);
        processTape(counting).process(command(reference));
        Random random = new Random(seed);
        AccountId account = ids.account("seed-" + seed);

        for (int crash = 0; crash < 3; crash++) {
            CrashingStore crashing = CrashingStore.crashingAt(store, 1 + random.nextInt(counting.steps()));
            try {
                processTape(crashing).process(command(account));
            } catch (SimulatedCrash expected) {
                // the process died; what it committed must be a clean prefix
            }
            assertCommittedStateIsAPrefixOf(reference, account);
        }
        processTape(store).process(command(account));

        assertSameOutcome(reference, account);
        assertThat(processTape(store).process(command(account)).printsRead())
                .as("a further run finds nothing new").isZero();
    }

    @Test
    void callsRacingOnOneConsumerFireEachTriggerOnceAndEndAtTheLastPrint() throws Exception {
        AccountId reference = ids.account("reference");
        processTape(store).process(command(reference));
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 5; round++) {
                AccountId account = ids.account("race-" + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ProcessTapeResult>> calls = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    calls.add(pool.submit(() -> {
                        start.await();
                        return processTape(store).process(command(account).withBatchSize(2));
                    }));
                }
                start.countDown();
                List<Trigger> reported = new ArrayList<>();
                for (Future<ProcessTapeResult> call : calls) {
                    reported.addAll(call.get(60, TimeUnit.SECONDS).triggersFired());
                }

                assertThat(reported).as("every trigger reported by exactly one of the racing calls")
                        .map(this::view).containsExactlyInAnyOrderElementsOf(triggersOf(reference));
                assertSameOutcome(reference, account);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertSameOutcome(AccountId reference, AccountId account) {
        assertThat(triggersOf(account)).as("triggers of " + account)
                .containsExactlyInAnyOrderElementsOf(triggersOf(reference));
        assertThat(watermarksOf(account)).as("watermarks of " + account).isEqualTo(watermarksOf(reference));
    }

    /**
     * What a crash leaves is what some number of whole pages committed: for each market, exactly the
     * reference triggers whose print lies at or before the market's watermark — no trigger without its
     * watermark advance, no advance without its triggers.
     */
    private void assertCommittedStateIsAPrefixOf(AccountId reference, AccountId account) {
        Map<ConditionId, Optional<WatermarkPosition>> watermarks = watermarksOf(account);
        Set<TriggerView> expected = triggersOf(reference).stream()
                .filter(t -> watermarks.get(t.condition())
                        .map(w -> !t.printPosition().isAfter(w))
                        .orElse(false))
                .collect(Collectors.toSet());
        assertThat(new HashSet<>(triggersOf(account))).as("triggers of " + account + " after a crash")
                .isEqualTo(expected);
        Map<ConditionId, Optional<WatermarkPosition>> finalMarks = watermarksOf(reference);
        watermarks.forEach((market, mark) -> mark.ifPresent(m ->
                assertThat(m).as("watermark of " + market + " within the tape").isLessThanOrEqualTo(finalMarks.get(market).orElseThrow())));
    }

    private List<TriggerView> triggersOf(AccountId account) {
        return store.triggers().findByAccount(account).stream().map(this::view).toList();
    }

    private Map<ConditionId, Optional<WatermarkPosition>> watermarksOf(AccountId account) {
        Map<ConditionId, Optional<WatermarkPosition>> marks = new LinkedHashMap<>();
        for (ConditionId market : List.of(m1, m2, m3)) {
            marks.put(market, store.watermarks().find(account, consumer, market.value()).map(Watermark::position));
        }
        return marks;
    }

    private WatermarkPosition position(String printLocal) {
        return tape.stream().filter(p -> p.tradeId().value().equals(ids.name(printLocal))).findFirst().orElseThrow()
                .position();
    }

    /** A trigger without its account, so runs under different accounts compare equal. */
    private record TriggerView(ConditionId condition, String token, Price threshold, Price price, String print,
            Instant printedAt, Instant firedAt) {
        WatermarkPosition printPosition() {
            return WatermarkPosition.of(printedAt, print);
        }
    }

    private TriggerView view(Trigger t) {
        return new TriggerView(t.conditionId(), t.tokenId().value(), t.threshold(), t.price(),
                t.marketTradeId().value(), t.printedAt(), t.firedAt());
    }

    /** The trigger a print of the tape fires, worked out by hand. */
    private TriggerView expected(ConditionId condition, String tokenLocal, Price threshold, String price,
            String printLocal) {
        WatermarkPosition print = position(printLocal);
        return new TriggerView(condition, ids.name(tokenLocal), threshold, Price.of(price), print.id(),
                print.timestamp(), NOW);
    }
}
