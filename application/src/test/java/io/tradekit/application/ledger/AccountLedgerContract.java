package io.tradekit.application.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.execution.RecordExecution;
import io.tradekit.application.execution.RecordExecutionCommand;
import io.tradekit.application.position.ConcurrentPositionUpdateException;
import io.tradekit.application.position.SettleMarket;
import io.tradekit.application.position.SettleMarketCommand;
import io.tradekit.application.risk.TradingDay;
import io.tradekit.application.testsupport.CrashingStore;
import io.tradekit.application.testsupport.MutableClock;
import io.tradekit.application.testsupport.SimulatedCrash;
import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.contract.Concurrently;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.risk.RiskSnapshotRequest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.trade.LegStatus;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The account ledger as the use cases keep it, over a real store: every running figure after executions,
 * partial reduces, settlements at 1 and 0, two closes in one instant, a losing streak broken by a breakeven,
 * trading days in New York across both daylight-saving changes, rolled-back units of work, and eight threads
 * booking to one account at once. Runs unchanged on any adapter (a subclass returns its store).
 */
public abstract class AccountLedgerContract {
    private static final Instant T = Instant.parse("2026-03-02T12:00:00Z");
    private static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");

    /** A store over the adapter under test; called once per test. */
    protected abstract StoreUnderTest store();

    private final TestIds ids = new TestIds();
    private final MutableClock clock = new MutableClock(T);
    private StoreUnderTest store;
    private RecordExecution recordExecution;
    private SettleMarket settleMarket;
    private final AccountId account = ids.account("bot");
    private final ConditionId market = ids.condition("m");
    private final TokenId yes = ids.token("yes");
    private final TokenId no = ids.token("no");

    @BeforeEach
    void takeTheStore() {
        store = store();
        recordExecution = new RecordExecution(store.trades(), store.positions(), new LedgerPosting(store.ledgers()), store.unitOfWork());
        settleMarket = new SettleMarket(store.positions(), new LedgerPosting(store.ledgers()), store.unitOfWork(), clock);
    }

    private void record(AccountId who, String client, Instant at, TradeLeg... legs) {
        recordExecution.record(RecordExecutionCommand.of(Trade.of(who, ids.clientTrade(client), at, List.of(legs))));
    }

    private void record(String client, Instant at, TradeLeg... legs) {
        record(account, client, at, legs);
    }

    private TradeLeg leg(ConditionId in, TokenId token, Side side, String quantity, String price, String fee) {
        return TradeLeg.filled(in, token, side, Quantity.of(quantity), Price.of(price), Money.of(fee));
    }

    private TradeLeg buy(TokenId token, String quantity, String price, String fee) {
        return leg(market, token, Side.BUY, quantity, price, fee);
    }

    private TradeLeg sell(TokenId token, String quantity, String price, String fee) {
        return leg(market, token, Side.SELL, quantity, price, fee);
    }

    private RiskSnapshot snapshot(Instant dayStart) {
        return store.riskSnapshots().snapshot(new RiskSnapshotRequest(account, dayStart, market, null, yes));
    }

    private AccountLedger ledger(AccountId who) {
        return store.ledgers().find(who, Instant.MIN).orElseThrow();
    }

    private static Money m(String amount) {
        return Money.of(amount);
    }

    @Test
    void executionsAndAPartialReduceCountTheDayTheyAreRealized() {
        Instant yesterday = DAY.minusSeconds(3600);
        record("open", yesterday, buy(yes, "100", "0.40", "0.10"));
        // today: 40 of 100 sold at 0.60 release 16 of cost for 24: +8 realized NOW, though the position stays open
        record("part", T, sell(yes, "40", "0.60", "0.04"));
        RiskSnapshot afterPartial = snapshot(DAY);
        assertThat(afterPartial.realizedPnlToday()).isEqualTo(m("8"));
        assertThat(afterPartial.feesToday()).isEqualTo(m("0.04"));
        assertThat(afterPartial.tradesToday()).isEqualTo(1);
        assertThat(afterPartial.realizedNetTotal()).isEqualTo(Money.ZERO);   // no close yet
        assertThat(afterPartial.lastCloseAt()).isNull();
        assertThat(afterPartial.openPositions()).isEqualTo(1);

        // the rest, 60 at 0.30: releases 24 for 18, -6; closed with realized 2, fees 0.20: net +1.80
        record("rest", T.plusSeconds(60), sell(yes, "60", "0.30", "0.06"));
        // a failed leg's fee is paid, but an execution without a fill is no trade
        record("failed", T.plusSeconds(120), new TradeLeg(market, no, Side.BUY, Quantity.of("5"), Quantity.ZERO,
                Price.of("0.5"), m("0.05"), LegStatus.FAILED));

        RiskSnapshot today = snapshot(DAY);
        assertThat(today.realizedPnlToday()).isEqualTo(m("2"));
        assertThat(today.feesToday()).isEqualTo(m("0.15"));
        assertThat(today.tradesToday()).isEqualTo(2);
        assertThat(today.realizedNetTotal()).isEqualTo(m("1.80"));
        assertThat(today.peakRealizedNet()).isEqualTo(m("1.80"));
        assertThat(today.losingStreak()).isZero();
        assertThat(today.lastCloseAt()).isEqualTo(T.plusSeconds(60));
        assertThat(today.openPositions()).isZero();
        // yesterday's opening fee belongs to yesterday
        RiskSnapshot sinceYesterday = snapshot(DAY.minusSeconds(86_400));
        assertThat(sinceYesterday.feesToday()).isEqualTo(m("0.25"));
        assertThat(sinceYesterday.tradesToday()).isEqualTo(3);
        assertThat(ledger(account).closes()).isEqualTo(1);
        assertThat(ledger(account).entryCount()).isEqualTo(4);

        // a retried execution books nothing again
        record("rest", T.plusSeconds(60), sell(yes, "60", "0.30", "0.06"));
        assertThat(snapshot(DAY)).isEqualTo(today);
    }

    @Test
    void settlementsAtOneAndZeroAreTwoClosesOfOneInstantAndThePeakIsTakenAfterBoth() {
        TokenId z = ids.token("z");
        record("z-in", T, leg(ids.condition("z"), z, Side.BUY, "10", "0.5", "0"));
        record("z-out", T.plusSeconds(1), leg(ids.condition("z"), z, Side.SELL, "10", "0.7", "0"));   // +2
        // ids decide the order inside the instant: "a-yes" (+60) before "b-no" (-27.50)
        record("a-yes", T.plusSeconds(2), buy(yes, "100", "0.40", "0"));
        record("b-no", T.plusSeconds(3), buy(no, "50", "0.55", "0"));
        Instant resolved = T.plusSeconds(10);

        settleMarket.settle(SettleMarketCommand.at(account, market, yes, resolved));

        RiskSnapshot s = snapshot(DAY);
        // 2 + 60 - 27.50 = 34.50 after the instant; the 62 halfway through it was never the account's equity
        assertThat(s.realizedNetTotal()).isEqualTo(m("34.5"));
        assertThat(s.peakRealizedNet()).isEqualTo(m("34.5"));
        assertThat(s.realizedPnlToday()).isEqualTo(m("34.5"));
        assertThat(s.losingStreak()).isEqualTo(1);      // the last close of the instant is b-no's loss
        assertThat(s.lastCloseAt()).isEqualTo(resolved);
        assertThat(s.tradesToday()).isEqualTo(4);        // a settlement is no trade
        AccountLedger after = ledger(account);
        assertThat(after.closes()).isEqualTo(3);

        // settling again finds nothing open and books nothing
        settleMarket.settle(SettleMarketCommand.at(account, market, yes, resolved.plusSeconds(5)));
        assertThat(ledger(account)).isEqualTo(after);
        // a later close that brings the total back up is a new peak
        record("c-in", resolved.plusSeconds(20), buy(yes, "10", "0.5", "0"));
        record("c-out", resolved.plusSeconds(30), sell(yes, "10", "0.6", "0"));       // +1
        assertThat(snapshot(DAY).peakRealizedNet()).isEqualTo(m("35.5"));
        assertThat(snapshot(DAY).losingStreak()).isZero();
    }

    @Test
    void aBreakevenBreaksALosingStreak() {
        Instant at = T;
        String[][] closes = {{"0.4", "0"}, {"0.45", "0"}};                           // -1, -0.5
        int n = 0;
        for (String[] c : closes) {
            TokenId t = ids.token("l" + n);
            record("in" + n, at.plusSeconds(n * 10L), buy(t, "10", "0.5", c[1]));
            record("out" + n, at.plusSeconds(n * 10L + 1), sell(t, "10", c[0], "0"));
            n++;
        }
        assertThat(snapshot(DAY).losingStreak()).isEqualTo(2);
        // realized +0.10 against fees 0.05 + 0.05: net exactly 0, a breakeven
        TokenId even = ids.token("even");
        record("even-in", at.plusSeconds(100), buy(even, "10", "0.50", "0.05"));
        record("even-out", at.plusSeconds(101), sell(even, "10", "0.51", "0.05"));
        assertThat(snapshot(DAY).losingStreak()).isZero();
        TokenId again = ids.token("again");
        record("again-in", at.plusSeconds(200), buy(again, "10", "0.50", "0"));
        record("again-out", at.plusSeconds(201), sell(again, "10", "0.49", "0"));   // -0.10
        RiskSnapshot s = snapshot(DAY);
        assertThat(s.losingStreak()).isEqualTo(1);
        assertThat(s.realizedNetTotal()).isEqualTo(m("-1.6"));
        assertThat(s.peakRealizedNet()).isEqualTo(Money.ZERO);
        assertThat(s.lastCloseAt()).isEqualTo(at.plusSeconds(201));
    }

    @Test
    void theTradingDayInNewYorkAcrossASpringForwardAndAFallBack() {
        TradingDay ny = TradingDay.of("America/New_York", "09:30");
        // Sat 2024-03-09 starts 14:30Z; Sun 03-10 starts 13:30Z (23 h later)
        record("s-open", Instant.parse("2024-03-09T15:00:00Z"), buy(yes, "100", "0.50", "0.10"));
        Instant lastSecondOfSaturday = Instant.parse("2024-03-10T13:29:59Z");
        record("s-part", lastSecondOfSaturday, sell(yes, "50", "0.40", "0.05"));          // -5
        Instant saturday = ny.windowOf(lastSecondOfSaturday).start();
        assertThat(saturday).isEqualTo(Instant.parse("2024-03-09T14:30:00Z"));
        assertThat(snapshot(saturday).realizedPnlToday()).isEqualTo(m("-5"));
        assertThat(snapshot(saturday).feesToday()).isEqualTo(m("0.15"));
        assertThat(snapshot(saturday).tradesToday()).isEqualTo(2);

        Instant firstSecondOfSunday = Instant.parse("2024-03-10T13:30:00Z");
        record("s-close", firstSecondOfSunday, sell(yes, "50", "0.70", "0.05"));           // +10
        Instant sunday = ny.windowOf(firstSecondOfSunday).start();
        assertThat(sunday).isEqualTo(firstSecondOfSunday);
        RiskSnapshot s = snapshot(sunday);
        assertThat(s.realizedPnlToday()).isEqualTo(m("10"));
        assertThat(s.feesToday()).isEqualTo(m("0.05"));
        assertThat(s.tradesToday()).isEqualTo(1);
        assertThat(s.realizedNetTotal()).isEqualTo(m("4.8"));                              // 5 - 0.20

        // Sat 2024-11-02 starts 13:30Z; Sun 11-03 starts 14:30Z (25 h later): 14:00Z on 11-03 is still Saturday
        Instant stillSaturday = Instant.parse("2024-11-03T14:00:00Z");
        record("f-open", stillSaturday, buy(no, "10", "0.50", "0.01"));
        record("f-close", stillSaturday.plusSeconds(1), sell(no, "10", "0.20", "0.01"));   // -3
        Instant fallSaturday = ny.windowOf(stillSaturday).start();
        Instant fallSunday = ny.windowOf(Instant.parse("2024-11-03T14:30:00Z")).start();
        assertThat(fallSaturday).isEqualTo(Instant.parse("2024-11-02T13:30:00Z"));
        assertThat(fallSunday).isEqualTo(Instant.parse("2024-11-03T14:30:00Z"));
        assertThat(snapshot(fallSaturday).realizedPnlToday()).isEqualTo(m("-3"));
        assertThat(snapshot(fallSaturday).tradesToday()).isEqualTo(2);
        assertThat(snapshot(fallSunday).realizedPnlToday()).isEqualTo(Money.ZERO);
        assertThat(snapshot(fallSunday).tradesToday()).isZero();
        assertThat(snapshot(fallSunday).losingStreak()).isEqualTo(1);
    }

    @Test
    void aFailedExecutionBooksNothing() {
        record("open", T, buy(yes, "10", "0.5", "0.01"));
        AccountLedger before = ledger(account);
        RiskSnapshot snapshotBefore = snapshot(DAY);
        // the first leg would realize +0.50 on 5 and the second reduce the other 5 by 6, past zero: all or nothing
        assertThatThrownBy(() -> record("bad", T.plusSeconds(1), sell(yes, "5", "0.6", "0.01"),
                sell(yes, "6", "0.6", "0.01"))).isInstanceOf(IllegalTransitionException.class);
        assertThat(ledger(account)).isEqualTo(before);
        assertThat(snapshot(DAY)).isEqualTo(snapshotBefore);
    }

    @Test
    void aCrashAtAnyStepOfASettlementLeavesTheLedgerAsItWas() {
        // count the steps of one settlement, then crash at each step up to the commit
        CrashingStore counting = CrashingStore.counting(store);
        AccountId probe = ids.account("probe");
        openBoth(probe, "probe");
        new SettleMarket(counting.positions(), new LedgerPosting(counting.ledgers()), counting.unitOfWork(), clock)
                .settle(SettleMarketCommand.at(probe, market, yes, T.plusSeconds(10)));
        int steps = counting.steps();
        assertThat(ledger(probe).closes()).isEqualTo(2);

        for (int step = 1; step < steps; step++) {
            AccountId who = ids.account("crash" + step);
            openBoth(who, "c" + step);
            AccountLedger before = ledger(who);
            CrashingStore crashing = CrashingStore.crashingAt(store, step);
            SettleMarket settle = new SettleMarket(crashing.positions(), new LedgerPosting(crashing.ledgers()), crashing.unitOfWork(), clock);
            assertThatThrownBy(() -> settle.settle(SettleMarketCommand.at(who, market, yes, T.plusSeconds(10))))
                    .isInstanceOf(SimulatedCrash.class);
            assertThat(ledger(who)).as("after a crash at step %d", step).isEqualTo(before);
            assertThat(store.positions().findOpenByAccount(who)).hasSize(2);
        }
    }

    private void openBoth(AccountId who, String client) {
        record(who, client + "-yes", T, buy(yes, "10", "0.40", "0.01"));
        record(who, client + "-no", T, buy(no, "10", "0.60", "0.01"));
    }

    @Test
    void eightThreadsBookingExecutionsAndSettlementsToOneAccountLoseNoUpdate() {
        int threads = Concurrently.THREADS;
        Concurrently.race(threads, i -> {
            TokenId a = ids.token("race-a" + i);
            ConditionId settled = ids.condition("race-m" + i);
            TokenId b = ids.token("race-b" + i);
            Instant at = T.plusSeconds(i);
            retrying(() -> recordOnce("ra" + i, at, buy(a, "10", "0.5", "0.01")));
            retrying(() -> recordOnce("rb" + i, at, sell(a, "10", "0.6", "0.01")));                  // +1
            retrying(() -> recordOnce("rc" + i, at, leg(settled, b, Side.BUY, "10", "0.5", "0.01")));
            retrying(() -> settleMarket.settle(SettleMarketCommand.at(account, settled, b, at.plusSeconds(30))));  // +5
            return null;
        });
        // each thread: 3 executions (fees 0.03), 2 closes realizing 6, net 5.97; 4 bookings
        RiskSnapshot s = snapshot(DAY);
        assertThat(s.tradesToday()).isEqualTo(3L * threads);
        assertThat(s.feesToday()).isEqualTo(m("0.03").times(java.math.BigDecimal.valueOf(threads)));
        assertThat(s.realizedPnlToday()).isEqualTo(m("6").times(java.math.BigDecimal.valueOf(threads)));
        assertThat(s.realizedNetTotal()).isEqualTo(m("5.97").times(java.math.BigDecimal.valueOf(threads)));
        assertThat(s.peakRealizedNet()).isEqualTo(s.realizedNetTotal());
        assertThat(s.losingStreak()).isZero();
        AccountLedger l = ledger(account);
        assertThat(l.closes()).isEqualTo(2L * threads);
        assertThat(l.entryCount()).isEqualTo(4L * threads);
        assertThat(l.version()).isEqualTo(4L * threads);
        assertThat(l.entries()).hasSize(4 * threads);
    }

    private Object recordOnce(String client, Instant at, TradeLeg leg) {
        return recordExecution.record(RecordExecutionCommand.of(Trade.of(account, ids.clientTrade(client), at,
                List.of(leg))));
    }

    /** What a bot does with the retryable conflict: run the same command again. */
    private static <T> T retrying(Supplier<T> command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return command.get();
            } catch (ConcurrentPositionUpdateException e) {
                if (attempt == 500) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }
}
