package io.tradekit.application.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.application.ledger.LedgerPosting;
import io.tradekit.application.position.ConcurrentPositionUpdateException;
import io.tradekit.application.testsupport.CrashingStore;
import io.tradekit.application.testsupport.SimulatedCrash;
import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.position.PositionStatus;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recording executions on any store: a crash at any point of a sequence of executions leaves either the
 * state before the execution or the state after it (never a trade without its position moves, never half
 * of the legs), and retrying then carrying on ends exactly like the uninterrupted run; concurrent writers
 * lose no update. Runs compare under different accounts with the same client trade ids.
 */
public abstract class RecordExecutionCrashContract {
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

    /** A store over the adapter under test; called once per test. */
    protected abstract StoreUnderTest store();

    private final TestIds ids = new TestIds();
    private StoreUnderTest store;
    private ConditionId market;
    private ConditionId other;
    private TokenId yes;
    private TokenId no;
    private TokenId z;

    @BeforeEach
    void setUp() {
        store = store();
        market = ids.condition("m");
        other = ids.condition("other");
        yes = ids.token("yes");
        no = ids.token("no");
        z = ids.token("z");
    }

    /** Open two, increase, reduce one and close the other, open a short with a partial fill, close both. */
    private List<Trade> scenario(AccountId account) {
        return List.of(
                trade(account, "t1", 0, leg(market, Side.BUY, yes, "100", "0.40", "0.10"),
                        leg(market, Side.BUY, no, "50", "0.55", "0.05")),
                trade(account, "t2", 1, leg(market, Side.BUY, yes, "50", "0.70", "0.05")),
                trade(account, "t3", 2, leg(market, Side.SELL, yes, "60", "0.80", "0.06"),
                        leg(market, Side.SELL, no, "50", "0.30", "0")),
                trade(account, "t4", 3, leg(other, Side.SELL, z, "20", "0.60", "0.02"),
                        TradeLeg.partial(market, yes, Side.BUY, Quantity.of("100"), Quantity.of("10"),
                                Price.of("0.50"), Money.of("0.01"))),
                trade(account, "t5", 4, leg(market, Side.SELL, yes, "100", "0.90", "0.10"),
                        leg(other, Side.BUY, z, "20", "0.20", "0")));
    }

    private Trade trade(AccountId account, String client, int minute, TradeLeg... legs) {
        return Trade.of(account, ids.clientTrade(client), T.plusSeconds(60L * minute), List.of(legs));
    }

    private static TradeLeg leg(ConditionId condition, Side side, TokenId token, String quantity, String price,
            String fee) {
        return TradeLeg.filled(condition, token, side, Quantity.of(quantity), Price.of(price), Money.of(fee));
    }

    private RecordExecution recordExecution(StoreUnderTest s) {
        return new RecordExecution(s.trades(), s.positions(), new LedgerPosting(s.ledgers()), s.unitOfWork());
    }

    @Test
    void theStraightRunEndsWithTheHandWorkedPositions() {
        AccountId account = ids.account("straight");
        scenario(account).forEach(t -> recordExecution(store).record(RecordExecutionCommand.of(t)));

        Map<String, Optional<PositionView>> state = snapshot(account).positions();
        PositionView yesPosition = state.get("t1#0").orElseThrow();
        // yes: 100@0.40 + 50@0.70 = 75 over 150; sell 60@0.80 realizes 48-30 = 18; +10@0.50 -> 100 units,
        // cost 45+5 = 50; sell 100@0.90 realizes 90-50 = 40: realized 58, fees 0.32
        assertThat(yesPosition.status()).isEqualTo(PositionStatus.CLOSED);
        assertThat(yesPosition.realizedPnl()).isEqualTo(Money.of("58"));
        assertThat(yesPosition.fees()).isEqualTo(Money.of("0.32"));
        // no: 50@0.55 = 27.50, sold at 0.30 = 15: -12.50
        assertThat(state.get("t1#1").orElseThrow().realizedPnl()).isEqualTo(Money.of("-12.5"));
        // z: short 20@0.60 = 12, bought back at 0.20 = 4: +8
        PositionView shortZ = state.get("t4#0").orElseThrow();
        assertThat(shortZ.side()).isEqualTo(PositionSide.SHORT);
        assertThat(shortZ.realizedPnl()).isEqualTo(Money.of("8"));
        assertThat(shortZ.status()).isEqualTo(PositionStatus.CLOSED);
        assertThat(state.values().stream().filter(Optional::isPresent).count()).as("only legs that opened one")
                .isEqualTo(3);
    }

    @Test
    void aCrashAtEveryStepLeavesTheStateBeforeOrAfterTheExecutionAndARetryEndsLikeTheStraightRun() {
        AccountId reference = ids.account("reference");
        List<State> after = new ArrayList<>();
        after.add(snapshot(reference));
        CrashingStore counting = CrashingStore.counting(store);
        for (Trade trade : scenario(reference)) {
            recordExecution(counting).record(RecordExecutionCommand.of(trade));
            after.add(snapshot(reference));
        }
        assertThat(counting.steps()).as("crash points in one run").isGreaterThan(20);

        for (int step = 1; step <= counting.steps(); step++) {
            AccountId account = ids.account("crash-at-" + step);
            runWithCrashes(account, List.of(step), after);
            assertThat(snapshot(account)).as("after a crash at step " + step).isEqualTo(after.get(after.size() - 1));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17, 2024, 65537})
    void repeatedRandomCrashesThenRetriesEndLikeTheStraightRun(long seed) {
        AccountId reference = ids.account("reference");
        List<State> after = new ArrayList<>();
        after.add(snapshot(reference));
        for (Trade trade : scenario(reference)) {
            recordExecution(store).record(RecordExecutionCommand.of(trade));
            after.add(snapshot(reference));
        }
        Random random = new Random(seed);
        List<Integer> crashSteps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            crashSteps.add(1 + random.nextInt(8));
        }
        AccountId account = ids.account("seed-" + seed);

        runWithCrashes(account, crashSteps, after);

        assertThat(snapshot(account)).isEqualTo(after.get(after.size() - 1));
        for (Trade trade : scenario(account)) {
            assertThat(recordExecution(store).record(RecordExecutionCommand.of(trade)).recorded())
                    .as("a late retry of " + trade.clientTradeId()).isFalse();
        }
        assertThat(snapshot(account)).isEqualTo(after.get(after.size() - 1));
    }

    /**
     * Records the scenario, crashing at each of {@code crashSteps} in turn (counted from the previous crash),
     * checking after every crash that the state is the one before or after the execution that crashed, and
     * retrying it.
     */
    private void runWithCrashes(AccountId account, List<Integer> crashSteps, List<State> expectedAfter) {
        List<Trade> trades = scenario(account);
        int next = 0;
        int crashIndex = 0;
        while (next < trades.size()) {
            StoreUnderTest current = crashIndex < crashSteps.size()
                    ? CrashingStore.crashingAt(store, crashSteps.get(crashIndex))
                    : store;
            try {
                while (next < trades.size()) {
                    recordExecution(current).record(RecordExecutionCommand.of(trades.get(next)));
                    next++;
                }
            } catch (SimulatedCrash crash) {
                crashIndex++;
                State state = snapshot(account);
                assertThat(state).as("state after " + crash.getMessage() + " in " + trades.get(next).clientTradeId())
                        .isIn(expectedAfter.get(next), expectedAfter.get(next + 1));
                continue; // retry the same execution
            }
            crashIndex++; // this attempt's crash point lay beyond the run
        }
    }

    @Test
    void concurrentExecutionsInOneTokenLoseNoUpdate() throws Exception {
        AccountId account = ids.account("busy");
        int threads = 8;
        int tradesPerThread = 5;
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> calls = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                calls.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < tradesPerThread; i++) {
                        Trade trade = Trade.of(account, ids.clientTrade("c" + thread + "-" + i), T.plusSeconds(i),
                                List.of(leg(market, Side.BUY, yes, "1", "0.50", "0.01")));
                        recordRetrying(trade, conflicts);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> call : calls) {
                call.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        int total = threads * tradesPerThread;
        Position position = store.positions().findOpenByToken(account, yes).orElseThrow();
        assertThat(position.size()).isEqualTo(Quantity.of(String.valueOf(total)));
        assertThat(position.costBasis()).isEqualTo(Money.of("0.5").times(java.math.BigDecimal.valueOf(total)));
        assertThat(position.fees()).isEqualTo(Money.of("0.01").times(java.math.BigDecimal.valueOf(total)));
        assertThat(position.version()).as("one insert and one update per further execution").isEqualTo(total - 1);
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < tradesPerThread; i++) {
                assertThat(store.trades().find(account, ids.clientTrade("c" + t + "-" + i))).isPresent();
            }
        }
    }

    @Test
    void racingRetriesOfOneExecutionRecordItOnce() throws Exception {
        AccountId account = ids.account("retrying");
        Trade trade = Trade.of(account, ids.clientTrade("once"), T, List.of(leg(market, Side.BUY, yes, "10", "0.40", "0")));
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<RecordExecutionResult> results = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RecordExecutionResult>> calls = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return recordRetrying(trade, new AtomicInteger());
                }));
            }
            start.countDown();
            for (Future<RecordExecutionResult> call : calls) {
                results.add(call.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results).filteredOn(RecordExecutionResult::recorded).hasSize(1);
        assertThat(results).allSatisfy(r -> assertThat(r.trade()).isEqualTo(trade));
        Position position = store.positions().findOpenByToken(account, yes).orElseThrow();
        assertThat(position.size()).isEqualTo(Quantity.of("10"));
        assertThat(position.version()).isZero();
    }

    private RecordExecutionResult recordRetrying(Trade trade, AtomicInteger conflicts) {
        for (int attempt = 1; ; attempt++) {
            try {
                return recordExecution(store).record(RecordExecutionCommand.of(trade));
            } catch (ConcurrentPositionUpdateException e) {
                conflicts.incrementAndGet();
                if (attempt >= 200) {
                    throw e;
                }
            }
        }
    }

    /** Everything the scenario can have written for an account, without the account, so runs compare. */
    private State snapshot(AccountId account) {
        Map<String, Optional<Trade>> trades = new LinkedHashMap<>();
        Map<String, Optional<PositionView>> positions = new LinkedHashMap<>();
        for (Trade trade : scenario(account)) {
            ClientTradeId client = trade.clientTradeId();
            trades.put(client.value(), store.trades().find(account, client)
                    .map(t -> Trade.of(AccountId.of("any"), t.clientTradeId(), t.executedAt(), t.legs())));
            for (int leg = 0; leg < trade.legs().size(); leg++) {
                String key = client.value().replaceAll(".*-", "") + "#" + leg;
                positions.put(key, store.positions().findById(account, PositionIds.openedBy(trade, leg))
                        .map(PositionView::of));
            }
        }
        return new State(trades, positions);
    }

    private record State(Map<String, Optional<Trade>> trades, Map<String, Optional<PositionView>> positions) {
    }

    private record PositionView(String condition, String token, PositionSide side, PositionStatus status,
            Quantity size, Price averageEntryPrice, Money costBasis, Price currentPrice, Money realizedPnl, Money fees,
            Instant openedAt, Instant updatedAt, Optional<Instant> closedAt, long version) {
        static PositionView of(Position p) {
            return new PositionView(p.conditionId().value(), p.tokenId().value(), p.side(), p.status(), p.size(),
                    p.averageEntryPrice(), p.costBasis(), p.currentPrice(), p.realizedPnl(), p.fees(), p.openedAt(),
                    p.updatedAt(), p.closedAt(), p.version());
        }
    }
}
