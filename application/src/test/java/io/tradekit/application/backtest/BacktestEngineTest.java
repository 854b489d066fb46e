package io.tradekit.application.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.adapters.inmemory.InMemoryStore;
import io.tradekit.application.backtest.BacktestEvent.MarketResolved;
import io.tradekit.application.backtest.BacktestEvent.PrintReceived;
import io.tradekit.application.execution.ClientTradeIds;
import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.application.risk.RiskLimits;
import io.tradekit.application.risk.RiskLimitsSource;
import io.tradekit.application.tape.PrintClass;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionStatus;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BacktestEngineTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final ConditionId M1 = ConditionId.of("m1");
    private static final ConditionId M2 = ConditionId.of("m2");
    private static final TokenId YES1 = TokenId.of("m1-yes");
    private static final TokenId NO1 = TokenId.of("m1-no");
    private static final TokenId YES2 = TokenId.of("m2-yes");
    private static final AccountId ALICE = AccountId.of("alice");
    private static final AccountId BOB = AccountId.of("bob");

    private static InMemoryStore store;

    private static BacktestEngine engine(InMemoryStore s) {
        store = s;
        return new BacktestEngine(new BacktestStore(s.unitOfWork(), s.marketTrades(), s.trades(), s.positions(),
                s.triggers(), s.watermarks(), s.riskSnapshots(), s.tradingStates(), s.ledgers(), s.alerts(), s.decisions()),
                SimulatedClock.startingAtFirstSet(ZoneOffset.UTC), RiskLimitsSource.same(RiskLimits.none()));
    }

    private static MarketTrade print(String id, ConditionId m, TokenId t, String price, int second) {
        return new MarketTrade(MarketTradeId.of(id), m, t, Price.of(price), Quantity.of("5"), Side.BUY,
                T0.plusSeconds(second));
    }

    private static PrintReceived received(MarketTrade p, int delaySeconds) {
        return new PrintReceived(p, p.timestamp().plusSeconds(delaySeconds));
    }

    /** Buys 10 of a token at its first print below 0.40, and writes down every callback. */
    static final class BuyCheap implements Strategy {
        final List<String> calls = new ArrayList<>();
        final Set<TokenId> bought = new HashSet<>();

        @Override
        public void onStart(StrategyContext context) {
            calls.add("start");
        }

        @Override
        public void onPrint(StrategyContext context, PrintReceived print, PrintClass printClass) {
            MarketTrade p = print.print();
            calls.add("print " + p.tradeId().value() + " " + printClass + " at " + context.now());
            if (printClass == PrintClass.FRESH && p.price().value().compareTo(new BigDecimal("0.40")) < 0
                    && bought.add(p.tokenId())) {
                ProposedOrder order = new ProposedOrder(context.account(), p.conditionId(), null, p.tokenId(),
                        Side.BUY, Quantity.of("10"), p.price());
                assertThat(context.execute(ClientTradeIds.derived("cheap:", p.tradeId().value()), order).executed())
                        .isTrue();
            }
        }

        @Override
        public void onResolution(StrategyContext context, MarketResolved resolution) {
            calls.add("resolved " + resolution.conditionId().value() + " open " + context.openPositions().size());
        }

        @Override
        public void onEnd(StrategyContext context) {
            calls.add("end");
        }
    }

    @Test
    void aCustomStrategyTradesThroughTheKitOnTheSimulatedClock() {
        BacktestEngine engine = engine(new InMemoryStore());
        BuyCheap strategy = new BuyCheap();
        MarketTrade a = print("a", M1, YES1, "0.35", 0);
        MarketTrade b = print("b", M1, NO1, "0.30", 1);
        MarketTrade c = print("c", M1, YES1, "0.20", 2); // second cheap print of YES1: no second buy
        MarketTrade d = print("d", M2, YES2, "0.50", 3);
        EventSource events = EventSources.merge(EventSources.sorted(List.of(received(a, 0), received(b, 0),
                received(c, 0), received(d, 10))), List.of(new MarketResolved(M1, YES1, T0.plusSeconds(5))));

        BacktestResult result = engine.run(events, List.of(new BacktestAccount(ALICE, BacktestAccount.DEFAULT_CONSUMER,
                strategy, new FeeFillModel(new BigDecimal("100"), BigDecimal.ZERO), Duration.ofSeconds(300))));

        assertThat(strategy.calls).containsExactly("start",
                "print a FRESH at 2026-03-01T12:00:00Z", "print b FRESH at 2026-03-01T12:00:01Z",
                "print c FRESH at 2026-03-01T12:00:02Z", "resolved m1 open 0",
                "print d FRESH at 2026-03-01T12:00:13Z", "end");
        // YES1: 10 at 0.35 settles at 1: +6.50, fee 1% of 3.50 = 0.035; NO1: 10 at 0.30 settles at 0: -3.00, fee 0.03
        List<Position> positions = new ArrayList<>(store.positions().findOpenByAccount(ALICE));
        assertThat(positions).isEmpty();
        Position yes = settled(YES1);
        Position no = settled(NO1);
        assertThat(yes.realizedPnl().amount()).isEqualByComparingTo("6.50");
        assertThat(yes.fees().amount()).isEqualByComparingTo("0.035");
        assertThat(no.realizedPnl().amount()).isEqualByComparingTo("-3.00");
        assertThat(no.fees().amount()).isEqualByComparingTo("0.03");
        assertThat(result.prints()).isEqualTo(4);
        assertThat(result.printsNew()).isEqualTo(4);
        assertThat(result.windowStart()).isEqualTo(T0);
        assertThat(result.windowEnd()).isEqualTo(T0.plusSeconds(14));
    }

    /** The position the strategy's buy of {@code token} opened (its id derives from the trade). */
    private static Position settled(TokenId token) {
        String client = "cheap:" + (token.equals(YES1) ? "a" : "b");
        Position p = store.positions().findById(ALICE, io.tradekit.application.execution.PositionIds.openedBy(
                store.trades().find(ALICE, io.tradekit.domain.trade.ClientTradeId.of(client)).orElseThrow(), 0))
                .orElseThrow();
        assertThat(p.status()).isEqualTo(PositionStatus.SETTLED);
        return p;
    }

    @Test
    void lateResolvedAndStalePrintsAreClassifiedOncePerAccount() {
        BacktestEngine engine = engine(new InMemoryStore());
        BuyCheap strategy = new BuyCheap();
        MarketTrade first = print("p2", M1, YES1, "0.50", 10);
        MarketTrade earlier = print("p1", M1, YES1, "0.50", 5); // received after p2: late
        MarketTrade old = print("p3", M2, YES2, "0.50", 0);     // received 400 s later: stale
        MarketTrade afterResolution = print("p4", M1, YES1, "0.99", 30);
        EventSource events = EventSources.merge(EventSources.sorted(List.of(received(first, 0), received(earlier, 6),
                received(old, 400), received(afterResolution, 0))),
                List.of(new MarketResolved(M1, YES1, T0.plusSeconds(30))));

        BacktestResult result = engine.run(events, List.of(BacktestAccount.of(ALICE, strategy)));

        assertThat(result.account(ALICE)).isEqualTo(new BacktestResult.AccountResult(ALICE, 1, 1, 1, 0, 0, 0));
        assertThat(strategy.calls).contains("print p1 LATE at 2026-03-01T12:00:11Z",
                "print p4 AFTER_RESOLUTION at 2026-03-01T12:00:30Z", "print p3 STALE at 2026-03-01T12:06:40Z");
    }

    /** 40 prints in two markets, every third received 20 s late (some late, some stale at a short max age). */
    private static List<PrintReceived> mixedTape() {
        List<PrintReceived> tape = new ArrayList<>();
        String[] prices = {"0.50", "0.91", "0.93", "0.96", "0.40", "0.97", "0.99", "0.92"};
        for (int i = 0; i < 40; i++) {
            ConditionId m = i % 2 == 0 ? M1 : M2;
            TokenId t = i % 2 == 0 ? (i % 4 == 0 ? YES1 : NO1) : YES2;
            tape.add(received(print("t" + i, m, t, prices[i % prices.length], i * 7), i % 3 == 0 ? 20 : 0));
        }
        return tape;
    }

    private static final List<MarketResolved> OUTCOMES = List.of(new MarketResolved(M1, YES1, T0.plusSeconds(200)),
            new MarketResolved(M2, YES2, T0.plusSeconds(400)));

    @Test
    void twoStrategiesInOnePassEqualTwoSeparateRuns() {
        List<PrintReceived> tape = mixedTape();
        List<MarketResolved> outcomes = OUTCOMES;

        ThresholdStrategy aliceTogether = ThresholdStrategy.fixedStake(Price.of("0.90"), Money.of("10"));
        ThresholdStrategy bobTogether = ThresholdStrategy.fixedStake(Price.of("0.95"), Money.of("25"));
        InMemoryStore together = new InMemoryStore();
        BacktestResult both = engine(together).run(EventSources.merge(EventSources.sorted(tape), outcomes),
                List.of(BacktestAccount.of(ALICE, aliceTogether), BacktestAccount.of(BOB, bobTogether)));

        InMemoryStore aliceStore = new InMemoryStore();
        ThresholdStrategy aliceAlone = ThresholdStrategy.fixedStake(Price.of("0.90"), Money.of("10"));
        BacktestResult alice = engine(aliceStore).run(EventSources.merge(EventSources.sorted(tape), outcomes),
                List.of(BacktestAccount.of(ALICE, aliceAlone)));
        InMemoryStore bobStore = new InMemoryStore();
        ThresholdStrategy bobAlone = ThresholdStrategy.fixedStake(Price.of("0.95"), Money.of("25"));
        BacktestResult bob = engine(bobStore).run(EventSources.merge(EventSources.sorted(tape), outcomes),
                List.of(BacktestAccount.of(BOB, bobAlone)));

        assertThat(both.account(ALICE)).isEqualTo(alice.account(ALICE));
        assertThat(both.account(BOB)).isEqualTo(bob.account(BOB));
        assertThat(both.windowEnd()).isEqualTo(alice.windowEnd()).isEqualTo(bob.windowEnd());
        assertThat(aliceTogether.triggers()).isEqualTo(aliceAlone.triggers()).isPositive();
        assertThat(bobTogether.entries()).isEqualTo(bobAlone.entries()).isPositive();
        assertThat(closes(together, ALICE)).isEqualTo(closes(aliceStore, ALICE)).isNotEmpty();
        assertThat(closes(together, BOB)).isEqualTo(closes(bobStore, BOB)).isNotEmpty();
        assertThat(closes(together, ALICE)).isNotEqualTo(closes(together, BOB));
    }

    @Test
    void theReferenceStrategyJournalsEachEntryWithThePrintThatFiredIt() {
        InMemoryStore s = new InMemoryStore();
        MarketTrade low = print("j0", M1, YES1, "0.50", 0);
        MarketTrade fires = print("j1", M1, YES1, "0.96", 1);
        MarketTrade again = print("j2", M1, YES1, "0.97", 2);
        ThresholdStrategy strategy = ThresholdStrategy.fixedStake(Price.of("0.95"), Money.of("10"));
        EventSource events = EventSources.sorted(List.of(received(low, 0), received(fires, 0), received(again, 0)));

        engine(s).run(events, List.of(BacktestAccount.of(ALICE, strategy)));

        List<io.tradekit.domain.decision.Decision> journal = s.decisions().find(
                io.tradekit.domain.decision.DecisionQuery.window(ALICE, Instant.MIN, Instant.MAX, 10));
        assertThat(journal).singleElement().satisfies(d -> {
            assertThat(d.decisionId()).isEqualTo(ThresholdStrategy.decisionId(fires.tradeId()));
            assertThat(d.action()).isEqualTo(io.tradekit.domain.decision.DecisionAction.BUY);
            assertThat(d.proposedPrice()).isEqualTo(Price.of("0.96"));
            assertThat(d.decidedAt()).isEqualTo(fires.timestamp());
            assertThat(d.sourceData().json()).isEqualTo("{\"print\":{\"tradeId\":\"j1\",\"conditionId\":\""
                    + M1.value() + "\",\"tokenId\":\"" + YES1.value() + "\",\"price\":0.96000000,\"timestamp\":\""
                    + fires.timestamp() + "\",\"size\":5.00000000,\"takerSide\":\"BUY\"},\"threshold\":0.95000000,"
                    + "\"riskAllowed\":true,\"brokenLimits\":\"\"}");
            assertThat(d.orders()).containsExactly(io.tradekit.domain.decision.OrderRef.of(
                    ThresholdStrategy.entryId(fires.tradeId()).value()));
        });
        assertThat(s.decisions().findByOrder(ALICE, io.tradekit.domain.decision.OrderRef.of(
                ThresholdStrategy.entryId(fires.tradeId()).value()))).isPresent();
        assertThat(s.trades().find(ALICE, ThresholdStrategy.entryId(fires.tradeId()))).isPresent();
    }

    @Test
    void theBatchSizeChangesNothingButTheUnitsOfWork() {
        List<String> reference = null;
        for (int batchSize : new int[] {1, 3, 7, BacktestEngine.DEFAULT_BATCH_SIZE}) {
            InMemoryStore s = new InMemoryStore();
            ThresholdStrategy strategy = ThresholdStrategy.fixedStake(Price.of("0.90"), Money.of("10"));
            BacktestResult result = engine(s).batchSize(batchSize).run(
                    EventSources.merge(EventSources.sorted(mixedTape()), OUTCOMES),
                    List.of(BacktestAccount.of(ALICE, strategy).withMaxAge(Duration.ofSeconds(10))));
            List<String> outcome = outcome(s, result, strategy);
            if (reference == null) {
                reference = outcome;
                assertThat(result.account(ALICE).lateSkipped()).isPositive();
                assertThat(result.account(ALICE).staleSkipped()).isPositive();
                assertThat(result.account(ALICE).triggersFired()).isPositive();
            }
            assertThat(outcome).as("batch size %d", batchSize).isEqualTo(reference);
        }
        assertThatThrownBy(() -> engine(new InMemoryStore()).batchSize(0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("batchSize");
    }

    /**
     * A transient failure in the middle of a batch (here: the store drops the first attempt of every second trigger)
     * rolls the batch back; the retry runs it again from the last committed batch and the run ends as an
     * uninterrupted one: same counts, triggers, trades, closes and watermarks, nothing twice.
     */
    @Test
    void aBatchRetriedAfterATransientFailureEndsAsAnUninterruptedRun() {
        InMemoryStore plain = new InMemoryStore();
        ThresholdStrategy uninterrupted = ThresholdStrategy.fixedStake(Price.of("0.90"), Money.of("10"));
        BacktestResult expected = engine(plain).batchSize(7).run(
                EventSources.merge(EventSources.sorted(mixedTape()), OUTCOMES),
                List.of(BacktestAccount.of(ALICE, uninterrupted)));

        InMemoryStore s = new InMemoryStore();
        int[] creates = {0};
        int[] failures = {0};
        io.tradekit.domain.trigger.TriggerRepository flaky = new io.tradekit.domain.trigger.TriggerRepository() {
            private final Set<String> failedOnce = new HashSet<>();

            @Override
            public boolean createIfFirst(io.tradekit.domain.trigger.Trigger trigger) {
                boolean created = s.triggers().createIfFirst(trigger);
                if (created && creates[0]++ % 2 == 0 && failedOnce.add(trigger.marketTradeId().value())) {
                    failures[0]++;
                    throw new io.tradekit.domain.shared.TransientStoreException("connection lost (test)", null);
                }
                return created;
            }

            @Override
            public java.util.Optional<io.tradekit.domain.trigger.Trigger> findByCondition(AccountId a, ConditionId c,
                    Price t) {
                return s.triggers().findByCondition(a, c, t);
            }

            @Override
            public java.util.Optional<io.tradekit.domain.trigger.Trigger> findByToken(AccountId a, TokenId t, Price p) {
                return s.triggers().findByToken(a, t, p);
            }

            @Override
            public List<io.tradekit.domain.trigger.Trigger> findByAccount(AccountId a) {
                return s.triggers().findByAccount(a);
            }
        };
        io.tradekit.application.retry.RetryingUnitOfWork retrying = new io.tradekit.application.retry.RetryingUnitOfWork(
                s.unitOfWork(), io.tradekit.application.retry.RetryPolicy.attempts(3), d -> { });
        store = s;
        ThresholdStrategy retried = ThresholdStrategy.fixedStake(Price.of("0.90"), Money.of("10"));
        BacktestResult result = new BacktestEngine(new BacktestStore(retrying, s.marketTrades(), s.trades(),
                s.positions(), flaky, s.watermarks(), s.riskSnapshots(), s.tradingStates(), s.ledgers(), s.alerts(),
                s.decisions()), SimulatedClock.startingAtFirstSet(ZoneOffset.UTC), RiskLimitsSource.same(RiskLimits.none()))
                .batchSize(7)
                .run(EventSources.merge(EventSources.sorted(mixedTape()), OUTCOMES),
                        List.of(BacktestAccount.of(ALICE, retried)));

        assertThat(failures[0]).isGreaterThanOrEqualTo(2);
        assertThat(outcome(s, result, retried)).isEqualTo(outcome(plain, expected, uninterrupted));
    }

    /**
     * A second account replaying a tape the store already holds whole (another account's run stored it): the prints
     * ahead of the clock are on the tape from the start, yet nothing fires early, and every figure equals a run on a
     * fresh store.
     */
    @Test
    void aTapeAlreadyStoredByAnotherAccountReplaysAsOnAFreshStore() {
        InMemoryStore shared = new InMemoryStore();
        engine(shared).run(EventSources.merge(EventSources.sorted(mixedTape()), OUTCOMES),
                List.of(BacktestAccount.of(ALICE, ThresholdStrategy.fixedStake(Price.of("0.90"), Money.of("10")))));
        // at 0.96, t5 (0.97) can fire while t3 (0.96, printed before it) is stored but not received yet
        ThresholdStrategy second = ThresholdStrategy.fixedStake(Price.of("0.96"), Money.of("10"));
        BacktestResult onShared = engine(shared).batchSize(5).run(
                EventSources.merge(EventSources.sorted(mixedTape()), OUTCOMES), List.of(BacktestAccount.of(BOB, second)));

        InMemoryStore fresh = new InMemoryStore();
        ThresholdStrategy alone = ThresholdStrategy.fixedStake(Price.of("0.96"), Money.of("10"));
        // one print per unit of work: the store never holds a print before it is received
        BacktestResult onFresh = engine(fresh).batchSize(1).run(
                EventSources.merge(EventSources.sorted(mixedTape()), OUTCOMES), List.of(BacktestAccount.of(BOB, alone)));

        assertThat(onShared.printsNew()).isZero();
        assertThat(onShared.account(BOB)).isEqualTo(onFresh.account(BOB));
        assertThat(second.triggers()).isEqualTo(alone.triggers()).isPositive();
        assertThat(shared.triggers().findByAccount(BOB)).isEqualTo(fresh.triggers().findByAccount(BOB));
        assertThat(closes(shared, BOB)).isEqualTo(closes(fresh, BOB)).isNotEmpty();
        for (ConditionId m : List.of(M1, M2)) {
            assertThat(shared.watermarks().find(BOB, BacktestAccount.DEFAULT_CONSUMER, m.value()))
                    .isEqualTo(fresh.watermarks().find(BOB, BacktestAccount.DEFAULT_CONSUMER, m.value()));
        }
    }

    /** Everything a run leaves: its result, the strategy's counts, and the account's rows in the store. */
    private static List<String> outcome(InMemoryStore s, BacktestResult result, ThresholdStrategy strategy) {
        List<String> out = new ArrayList<>();
        out.add(result.account(ALICE) + " prints " + result.prints() + " new " + result.printsNew() + " window "
                + result.windowStart() + ".." + result.windowEnd() + " open " + result.openPositions(ALICE));
        out.add("strategy triggers " + strategy.triggers() + " entries " + strategy.entries());
        s.triggers().findByAccount(ALICE).forEach(t -> out.add(t.toString()));
        for (ConditionId m : List.of(M1, M2)) {
            out.add("watermark " + s.watermarks().find(ALICE, BacktestAccount.DEFAULT_CONSUMER, m.value()));
        }
        out.addAll(closes(s, ALICE));
        out.add("decisions " + s.decisions().find(
                io.tradekit.domain.decision.DecisionQuery.window(ALICE, Instant.MIN, Instant.MAX, 100)));
        return out;
    }

    private static List<String> closes(InMemoryStore s, AccountId account) {
        List<String> out = new ArrayList<>();
        s.positions().forEachClose(io.tradekit.domain.position.CloseQuery.of(account, Instant.MIN, Instant.MAX),
                c -> out.add(c.toString()));
        out.sort(Comparator.naturalOrder());
        return out;
    }

    @Test
    void eachStrategyNeedsItsOwnAccount() {
        BacktestEngine engine = engine(new InMemoryStore());
        assertThatThrownBy(() -> engine.run(EventSources.sorted(List.of()),
                List.of(BacktestAccount.of(ALICE, new BuyCheap()), BacktestAccount.of(ALICE, new BuyCheap()))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("alice is given twice");
    }

    @Test
    void anEventBeforeTheClockIsRefused() {
        BacktestEngine engine = engine(new InMemoryStore());
        EventSource backwards = EventSources.sorted(List.of());
        List<BacktestEvent> events = List.of(received(print("x", M1, YES1, "0.5", 10), 0),
                received(print("y", M1, YES1, "0.5", 0), 0));
        EventSource unsorted = new EventSource() {
            int i;

            @Override
            public BacktestEvent next() {
                return i < events.size() ? events.get(i++) : null;
            }
        };
        assertThat(backwards.next()).isNull();
        assertThatThrownBy(() -> engine.run(unsorted, List.of(BacktestAccount.of(ALICE, new BuyCheap()))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot go back");
    }
}
