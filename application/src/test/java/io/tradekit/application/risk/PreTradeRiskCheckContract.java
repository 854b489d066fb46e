package io.tradekit.application.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.application.account.HaltTrading;
import io.tradekit.application.account.RestrictToReducing;
import io.tradekit.application.testsupport.AccountBook;
import io.tradekit.application.testsupport.CountingRiskSnapshotQuery;
import io.tradekit.application.testsupport.CountingTradingStateRepository;
import io.tradekit.application.testsupport.MutableClock;
import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStatus;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.testdata.Ids;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The check end to end over a real store: every figure is written through the ports and read back by the
 * store's own {@code RiskSnapshotQuery}. Runs unchanged on any adapter: a subclass returns its store from
 * {@link #store()}. Every test works in an account of its own, so the store need not be empty.
 */
public abstract class PreTradeRiskCheckContract {
    private static final Instant NOW = Instant.parse("2024-05-02T15:00:00Z");

    /** A store over the adapter under test; called once per test. */
    protected abstract JournalStoreUnderTest store();

    private JournalStoreUnderTest store;
    private AccountBook book;
    private final AccountId account = Ids.account();
    private final ConditionId market = Ids.condition();
    private final EventId event = Ids.event();
    private final TokenId token = Ids.token();
    private final MutableClock clock = new MutableClock(NOW);

    @BeforeEach
    void openTheAccountBook() {
        store = store();
        book = new AccountBook(store, account);
    }

    private PreTradeRiskCheck check(RiskLimits limits) {
        return new PreTradeRiskCheck(store.riskSnapshots(), store.tradingStates(), clock, limits);
    }

    private ProposedOrder order(TokenId tokenId, Side side, String quantity, String price) {
        return new ProposedOrder(account, market, event, tokenId, side, Quantity.of(quantity), Price.of(price));
    }

    private ProposedOrder buy(String quantity, String price) {
        return order(token, Side.BUY, quantity, price);
    }

    @Test
    void dailyLossCountsTodaysClosesAndFeesButNotYesterdays() {
        book.closeWith("-100", "0", Instant.parse("2024-05-01T20:00:00Z"));
        book.trade("3.00", Instant.parse("2024-05-01T20:00:00Z"));
        // today: realized -40.50, fees 5.00 -> loss 45.50
        book.closeWith("-40.50", "0", Instant.parse("2024-05-02T09:00:00Z"));
        book.trade("5.00", Instant.parse("2024-05-02T10:00:00Z"));

        RiskDecision atLimit = check(RiskLimits.builder().maxDailyLoss(Money.of("45.50")).build()).evaluate(buy("10", "0.5"));
        RiskDecision belowLimit = check(RiskLimits.builder().maxDailyLoss(Money.of("45.51")).build()).evaluate(buy("10", "0.5"));

        assertThat(atLimit.brokenLimits()).containsExactly("maxDailyLoss");
        PolicyResult.Rejected r = atLimit.breach("maxDailyLoss").orElseThrow();
        assertThat(r.limitValue()).isEqualTo("45.50000000");
        assertThat(r.actualValue()).isEqualTo("45.50000000");
        assertThat(atLimit.snapshot().realizedPnlToday()).isEqualTo(Money.of("-40.50"));
        assertThat(atLimit.snapshot().feesToday()).isEqualTo(Money.of("5.00"));
        assertThat(belowLimit.allowed()).isTrue();
    }

    @Test
    void aProfitableDayHasNoLoss() {
        book.closeWith("30", "0", Instant.parse("2024-05-02T09:00:00Z"));
        book.trade("2", Instant.parse("2024-05-02T09:00:00Z"));

        RiskDecision d = check(RiskLimits.builder().maxDailyLoss(Money.of("0.01")).build()).evaluate(buy("1", "0.5"));

        assertThat(d.allowed()).isTrue();
        assertThat(MaxDailyLoss.dailyLoss(d.snapshot(), false)).isEqualTo(Money.ZERO);
    }

    @Test
    void theOpenLossCountsOnlyWhenConfigured() {
        // 100 at 0.50 marked at 0.30: unrealized -20; realized today +10, fees 2 -> with it 12, without 0
        Position held = book.open(market, event, Ids.token(), "100", "0.50", Instant.parse("2024-05-02T08:00:00Z"));
        book.mark(held, "0.30", Instant.parse("2024-05-02T14:00:00Z"));
        book.closeWith("10", "0", Instant.parse("2024-05-02T09:00:00Z"));
        book.trade("2", Instant.parse("2024-05-02T09:00:00Z"));
        RiskLimits.Builder limits = RiskLimits.builder().maxDailyLoss(Money.of("12"));

        RiskDecision with = check(limits.includeUnrealizedInDailyLoss(true).build()).evaluate(buy("1", "0.5"));
        RiskDecision without = check(limits.includeUnrealizedInDailyLoss(false).build()).evaluate(buy("1", "0.5"));

        assertThat(with.breach("maxDailyLoss").orElseThrow().actualValue()).isEqualTo("12.00000000");
        assertThat(without.allowed()).isTrue();
    }

    @Test
    void aCloseOneMicrosecondBeforeUtcMidnightBelongsToYesterday() {
        clock.set(Instant.parse("2024-05-03T00:00:00Z"));
        book.closeWith("-50", "0", Instant.parse("2024-05-02T23:59:59.999999Z"));
        RiskLimits limits = RiskLimits.builder().maxDailyLoss(Money.of("50")).build();

        assertThat(check(limits).evaluate(buy("1", "0.5")).allowed()).isTrue();

        clock.set(Instant.parse("2024-05-02T23:59:59.999999Z"));
        RiskDecision sameDay = check(limits).evaluate(buy("1", "0.5"));
        assertThat(sameDay.brokenLimits()).containsExactly("maxDailyLoss");
        assertThat(sameDay.tradingDate()).isEqualTo(LocalDate.of(2024, 5, 2));
    }

    @Test
    void theTradingDayFollowsTheConfiguredZoneAcrossASpringForward() {
        // New York 09:30. Sat 2024-03-09 started 09:30 EST = 14:30Z; Sun 03-10 starts 09:30 EDT = 13:30Z (23 h later)
        RiskLimits limits = RiskLimits.builder().tradingDay(TradingDay.of("America/New_York", "09:30"))
                .maxDailyLoss(Money.of("25")).build();
        book.closeWith("-25", "0", Instant.parse("2024-03-09T15:00:00Z"));

        clock.set(Instant.parse("2024-03-10T13:29:59Z"));
        RiskDecision lastSecondOfSaturday = check(limits).evaluate(buy("1", "0.5"));
        clock.set(Instant.parse("2024-03-10T13:30:00Z"));
        RiskDecision firstSecondOfSunday = check(limits).evaluate(buy("1", "0.5"));

        assertThat(lastSecondOfSaturday.tradingDate()).isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(lastSecondOfSaturday.tradingDayStart()).isEqualTo(Instant.parse("2024-03-09T14:30:00Z"));
        assertThat(lastSecondOfSaturday.brokenLimits()).containsExactly("maxDailyLoss");
        assertThat(firstSecondOfSunday.tradingDate()).isEqualTo(LocalDate.of(2024, 3, 10));
        assertThat(firstSecondOfSunday.tradingDayStart()).isEqualTo(Instant.parse("2024-03-10T13:30:00Z"));
        assertThat(firstSecondOfSunday.allowed()).isTrue();
    }

    @Test
    void theTradingDayFollowsTheConfiguredZoneAcrossAFallBack() {
        // Sat 2024-11-02 started 09:30 EDT = 13:30Z; Sun 11-03 starts 09:30 EST = 14:30Z (25 h later).
        // A close at 14:00Z on 11-03 is 09:00 EST: still Saturday's trading day.
        RiskLimits limits = RiskLimits.builder().tradingDay(TradingDay.of("America/New_York", "09:30"))
                .maxTradesPerDay(1).build();
        book.trade("0", Instant.parse("2024-11-03T14:00:00Z"));

        clock.set(Instant.parse("2024-11-03T14:29:59Z"));
        assertThat(check(limits).evaluate(buy("1", "0.5")).brokenLimits()).containsExactly("maxTradesPerDay");
        clock.set(Instant.parse("2024-11-03T14:30:00Z"));
        assertThat(check(limits).evaluate(buy("1", "0.5")).allowed()).isTrue();
    }

    @Test
    void exposureCapitalAndCountsAreJudgedOnTheWouldBeFigures() {
        Instant earlier = NOW.minus(Duration.ofHours(2));
        book.open(market, event, Ids.token(), "300", "0.50", earlier);           // 150 in market, event
        book.open(Ids.condition(), event, Ids.token(), "200", "0.50", earlier);  // 100 in event
        book.open(Ids.condition(), null, Ids.token(), "100", "0.40", earlier);   // 40 elsewhere
        RiskLimits limits = RiskLimits.builder()
                .maxOrderNotional(Money.of("55"))
                .maxCapitalAtRisk(Money.of("340"))
                .maxMarketExposure(Money.of("190"))
                .maxEventExposure(Money.of("295"))
                .maxOpenPositions(3)
                .build();

        // a new token in the market: 100 x 0.60 = 60
        RiskDecision d = check(limits).evaluate(buy("100", "0.60"));

        assertThat(d.effect()).isEqualTo(OrderEffect.OPENS);
        assertThat(d.brokenLimits()).containsExactly("maxOpenPositions", "maxOrderNotional", "maxCapitalAtRisk",
                "maxMarketExposure", "maxEventExposure");
        assertThat(d.breach("maxOpenPositions").orElseThrow().actualValue()).isEqualTo("4");
        assertThat(d.breach("maxOrderNotional").orElseThrow().actualValue()).isEqualTo("60.00000000");
        assertThat(d.breach("maxCapitalAtRisk").orElseThrow().actualValue()).isEqualTo("350.00000000");  // 290 + 60
        assertThat(d.breach("maxCapitalAtRisk").orElseThrow().headroom()).isEqualTo(Money.of("50"));
        assertThat(d.breach("maxMarketExposure").orElseThrow().actualValue()).isEqualTo("210.00000000"); // 150 + 60
        assertThat(d.breach("maxMarketExposure").orElseThrow().headroom()).isEqualTo(Money.of("40"));
        assertThat(d.breach("maxEventExposure").orElseThrow().actualValue()).isEqualTo("310.00000000");  // 250 + 60
        assertThat(d.breach("maxEventExposure").orElseThrow().headroom()).isEqualTo(Money.of("45"));
    }

    @Test
    void tradesPerDayCountTodaysExecutionsWithAFill() {
        for (int i = 0; i < 3; i++) {
            book.trade("0", NOW.minus(Duration.ofHours(i + 1)));
        }
        book.failedTrade(NOW.minus(Duration.ofMinutes(5)));
        book.trade("0", Instant.parse("2024-05-01T12:00:00Z"));

        RiskDecision three = check(RiskLimits.builder().maxTradesPerDay(3).build()).evaluate(buy("1", "0.5"));
        RiskDecision four = check(RiskLimits.builder().maxTradesPerDay(4).build()).evaluate(buy("1", "0.5"));

        assertThat(three.breach("maxTradesPerDay").orElseThrow().actualValue()).isEqualTo("4");
        assertThat(four.allowed()).isTrue();
    }

    @Test
    void aLosingStreakCoolsDownThenLetsEntriesThrough() {
        book.closeWith("5", "0", Instant.parse("2024-05-02T13:00:00Z"));
        book.closeWith("-5", "0", Instant.parse("2024-05-02T14:00:00Z"));
        book.closeWith("-1", "0", Instant.parse("2024-05-02T14:20:00Z"));
        // gross +0.50 but a fee of 1: a net loss
        book.closeWith("0.50", "1", Instant.parse("2024-05-02T14:50:00Z"));
        RiskLimits limits = RiskLimits.builder().cooldownAfterLosses(3, Duration.ofMinutes(30)).build();

        RiskDecision cooling = check(limits).evaluate(buy("1", "0.5"));
        clock.set(Instant.parse("2024-05-02T15:20:00Z"));
        RiskDecision cooled = check(limits).evaluate(buy("1", "0.5"));

        assertThat(cooling.breach("losingStreakCooldown").orElseThrow().actualValue())
                .isEqualTo("3 losing closes, last at 2024-05-02T14:50:00Z");
        assertThat(cooled.allowed()).isTrue();
    }

    @Test
    void drawdownFromThePeakRejectsAndHaltsTheAccount() {
        // closes +50, -30, -40: net total -20, peak +50; an open 100 at 0.50 marked at 0.40: unrealized -10
        // peak = 1000 + 50 = 1050; equity = 1000 - 20 - 10 = 970; drawdown = 80 / 1050 = 7.61904762 %
        book.closeWith("50", "0", Instant.parse("2024-04-28T10:00:00Z"));
        book.closeWith("-30", "0", Instant.parse("2024-04-29T10:00:00Z"));
        book.closeWith("-40", "0", Instant.parse("2024-04-30T10:00:00Z"));
        Position held = book.open(market, event, token, "100", "0.50", Instant.parse("2024-05-01T10:00:00Z"));
        book.mark(held, "0.40", Instant.parse("2024-05-02T10:00:00Z"));
        RiskLimits limits = RiskLimits.builder().startingCapital(Money.of("1000"))
                .maxDrawdownPercent(new BigDecimal("5")).build();
        PreTradeRiskCheck check = check(limits);

        RiskDecision d = check.evaluate(order(Ids.token(), Side.BUY, "10", "0.5"));
        Instant haltAt = NOW.plusSeconds(1);
        clock.set(haltAt);
        TradingState halted = new DrawdownHalt(new HaltTrading(store.tradingStates(), store.auditTrail(), store.alerts(), store.unitOfWork(), clock), "risk-engine").haltIfBreached(d)
                .orElseThrow();

        assertThat(d.breach("maxDrawdown").orElseThrow().actualValue()).isEqualTo("7.61904762");
        assertThat(d.breach("maxDrawdown").orElseThrow().message())
                .contains("equity 970.00000000").contains("peak 1050.00000000");
        assertThat(halted.status()).isEqualTo(TradingStatus.HALTED);
        assertThat(store.tradingStates().find(account).orElseThrow().reason()).contains("drawdown 7.61904762%");
        assertThat(store.tradingStates().find(account).orElseThrow().changedBy()).isEqualTo("risk-engine");
        assertThat(store.tradingStates().find(account).orElseThrow().changedAt()).isEqualTo(haltAt);
        // now every entry meets the halt as well; the exit of the held position still passes
        RiskDecision next = check.evaluate(order(Ids.token(), Side.BUY, "10", "0.5"));
        assertThat(next.brokenLimits()).containsExactly("tradingState", "maxDrawdown");
        assertThat(check.evaluate(order(token, Side.SELL, "100", "0.40")).allowed()).isTrue();
        // a second breach does not halt again
        assertThat(new DrawdownHalt(new HaltTrading(store.tradingStates(), store.auditTrail(), store.alerts(), store.unitOfWork(), clock), "risk-engine").haltIfBreached(next)).isEmpty();
    }

    @Test
    void aHaltedAccountRejectsEntriesAndPassesExits() {
        Position held = book.open(market, event, token, "100", "0.50", NOW.minus(Duration.ofHours(1)));
        new HaltTrading(store.tradingStates(), store.auditTrail(), store.alerts(), store.unitOfWork(), clock).halt(new HaltTrading.Command(account, "venue outage", "ops"));
        PreTradeRiskCheck check = check(RiskLimits.none());

        RiskDecision open = check.evaluate(order(Ids.token(), Side.BUY, "1", "0.5"));
        RiskDecision increase = check.evaluate(buy("1", "0.5"));
        RiskDecision partialExit = check.evaluate(order(token, Side.SELL, "40", "0.55"));
        RiskDecision fullExit = check.evaluate(order(token, Side.SELL, held.size().toString(), "0.55"));
        RiskDecision reverse = check.evaluate(order(token, Side.SELL, "100.5", "0.55"));

        assertThat(open.breach("tradingState").orElseThrow().message()).contains("HALTED (venue outage, by ops");
        assertThat(increase.brokenLimits()).containsExactly("tradingState");
        assertThat(partialExit.allowed()).isTrue();
        assertThat(fullExit.allowed()).isTrue();
        assertThat(reverse.brokenLimits()).containsExactly("tradingState");
    }

    @Test
    void aReducingAccountPassesOnlyOrdersThatCutExposure() {
        book.openShort(market, token, "20", "3.00", NOW.minus(Duration.ofHours(1)));
        new RestrictToReducing(store.tradingStates(), store.auditTrail(), store.unitOfWork(), clock)
                .reduceOnly(new RestrictToReducing.Command(account, "deleveraging", "ops"));
        PreTradeRiskCheck check = check(RiskLimits.none());

        assertThat(check.evaluate(order(token, Side.BUY, "20", "2.90")).allowed()).isTrue();
        assertThat(check.evaluate(order(token, Side.SELL, "1", "2.90")).brokenLimits()).containsExactly("tradingState");
        assertThat(check.evaluate(order(Ids.token(), Side.BUY, "1", "2.90")).brokenLimits())
                .containsExactly("tradingState");
    }

    @Test
    void everyCheckCostsExactlyTwoReadsWhateverTheHistory() {
        for (int i = 0; i < 300; i++) {
            Instant at = Instant.parse("2024-01-01T00:00:00Z").plus(Duration.ofMinutes(10L * i));
            book.closeWith(i % 3 == 0 ? "-2" : "3", "0.10", at);
            book.trade("0.10", at);
        }
        Position held = book.open(market, event, token, "50", "0.50", NOW.minus(Duration.ofHours(1)));
        new HaltTrading(store.tradingStates(), store.auditTrail(), store.alerts(), store.unitOfWork(), clock).halt(new HaltTrading.Command(account, "test", "ops"));
        CountingRiskSnapshotQuery snapshots = new CountingRiskSnapshotQuery(store.riskSnapshots());
        CountingTradingStateRepository states = new CountingTradingStateRepository(store.tradingStates());
        RiskLimits every = RiskLimits.builder().startingCapital(Money.of("1000")).maxDailyLoss(Money.of("10"))
                .maxDrawdownPercent(BigDecimal.TEN).cooldownAfterLosses(2, Duration.ofHours(1)).maxTradesPerDay(100)
                .maxOpenPositions(10).maxOrderNotional(Money.of("100")).maxCapitalAtRisk(Money.of("1000"))
                .maxMarketExposure(Money.of("500")).maxEventExposure(Money.of("500")).build();
        PreTradeRiskCheck check = new PreTradeRiskCheck(snapshots, states, clock, every);

        RiskDecision entry = check.evaluate(buy("10", "0.5"));
        assertThat(snapshots.calls()).isEqualTo(1);
        assertThat(states.finds()).isEqualTo(1);

        RiskDecision exit = check.evaluate(order(token, Side.SELL, held.size().toString(), "0.5"));
        RiskDecision another = check.evaluate(order(Ids.token(), Side.BUY, "1000", "0.9"));
        assertThat(snapshots.calls()).isEqualTo(3);
        assertThat(states.finds()).isEqualTo(3);
        assertThat(states.saves()).isZero();
        assertThat(entry.rejected()).isTrue();
        assertThat(exit.allowed()).isTrue();
        assertThat(another.brokenLimits()).contains("tradingState", "maxOrderNotional");
    }

    @Test
    void anAssessmentJudgesManyOrdersOnOneRead() {
        CountingRiskSnapshotQuery snapshots = new CountingRiskSnapshotQuery(store.riskSnapshots());
        CountingTradingStateRepository states = new CountingTradingStateRepository(store.tradingStates());
        PreTradeRiskCheck check = new PreTradeRiskCheck(snapshots, states, clock,
                RiskLimits.builder().maxOrderNotional(Money.of("10")).build());

        RiskAssessment assessment = check.assess(new OrderScope(account, market, event, token));
        for (int q = 1; q <= 30; q++) {
            assertThat(assessment.evaluate(buy(Integer.toString(q), "0.5")).allowed()).isEqualTo(q <= 20);
        }

        assertThat(snapshots.calls()).isEqualTo(1);
        assertThat(states.finds()).isEqualTo(1);
    }

    @Test
    void limitsMayDifferPerAccount() {
        AccountId strict = Ids.account();
        RiskLimitsSource source = RiskLimitsSource.perAccount(
                java.util.Map.of(strict, RiskLimits.builder().maxOrderNotional(Money.of("1")).build()),
                RiskLimits.none());
        PreTradeRiskCheck check = new PreTradeRiskCheck(store.riskSnapshots(), store.tradingStates(), clock, source);

        assertThat(check.evaluate(buy("10", "0.5")).allowed()).isTrue();
        assertThat(check.evaluate(new ProposedOrder(strict, market, null, token, Side.BUY, Quantity.of("10"),
                Price.of("0.5"))).brokenLimits()).containsExactly("maxOrderNotional");
    }
}
