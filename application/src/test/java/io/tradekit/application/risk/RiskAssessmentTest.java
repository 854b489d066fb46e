package io.tradekit.application.risk;

import static io.tradekit.application.risk.Orders.ACCOUNT;
import static io.tradekit.application.risk.Orders.NOW;
import static io.tradekit.application.risk.Orders.SCOPE;
import static io.tradekit.application.risk.Orders.buy;
import static io.tradekit.application.risk.Orders.sell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The check's assembly of policies into a decision, on in-memory figures (no store involved). */
class RiskAssessmentTest {
    private static final RiskLimits EVERY_LIMIT = RiskLimits.builder()
            .startingCapital(Money.of("1000"))
            .maxDailyLoss(Money.of("50"))
            .maxDrawdownPercent(new BigDecimal("10"))
            .cooldownAfterLosses(2, Duration.ofHours(1))
            .maxTradesPerDay(3)
            .maxOpenPositions(2)
            .maxOrderNotional(Money.of("100"))
            .maxCapitalAtRisk(Money.of("500"))
            .maxMarketExposure(Money.of("200"))
            .maxEventExposure(Money.of("300"))
            .build();

    /** Breaks every limit of EVERY_LIMIT for an entry, and holds 100 LONG in the order's token. */
    private static RiskSnapshot everythingWrong() {
        return Snapshots.empty()
                .openPositions(2)
                .capitalAtRisk("480")
                .marketExposure("190")
                .eventExposure("295")
                .holding(PositionSide.LONG, "100")
                .realizedToday("-60")
                .feesToday("1")
                .tradesToday(3)
                .realizedNetTotal("-150")
                .peakRealizedNet("20")
                .losingStreak(2, NOW.minus(Duration.ofMinutes(5)))
                .build();
    }

    private static RiskAssessment assessment(RiskLimits limits, RiskSnapshot snapshot, TradingState state) {
        return new RiskAssessment(SCOPE, limits, snapshot, state, NOW, limits.tradingDay().windowOf(NOW));
    }

    private static RiskAssessment active(RiskLimits limits, RiskSnapshot snapshot) {
        return assessment(limits, snapshot, TradingState.initial(ACCOUNT));
    }

    @Test
    void listsEveryBrokenLimitNotJustTheFirst() {
        TradingState halted = TradingState.initial(ACCOUNT).halt("manual", "ops", NOW.minusSeconds(10));
        // an increase of the held long: 200 x 0.60 = 120 notional
        RiskDecision d = assessment(EVERY_LIMIT, everythingWrong(), halted).evaluate(buy("200", "0.60"));

        assertThat(d.rejected()).isTrue();
        assertThat(d.effect()).isEqualTo(OrderEffect.INCREASES);
        // open positions do not count against an increase; all the others break
        assertThat(d.brokenLimits()).containsExactly("tradingState", "maxDailyLoss", "maxDrawdown",
                "losingStreakCooldown", "maxTradesPerDay", "maxOrderNotional", "maxCapitalAtRisk",
                "maxMarketExposure", "maxEventExposure");
        // the figures: loss 60 + 1 = 61; drawdown peak 1020, equity 850 -> 170/1020 = 16.66666667 %
        assertThat(d.breach("maxDailyLoss").orElseThrow().actualValue()).isEqualTo("61.00000000");
        assertThat(d.breach("maxDrawdown").orElseThrow().actualValue()).isEqualTo("16.66666667");
        assertThat(d.breach("maxTradesPerDay").orElseThrow().actualValue()).isEqualTo("4");
        assertThat(d.breach("maxOrderNotional").orElseThrow().actualValue()).isEqualTo("120.00000000");
        assertThat(d.breach("maxCapitalAtRisk").orElseThrow().actualValue()).isEqualTo("600.00000000");
        assertThat(d.breach("maxMarketExposure").orElseThrow().actualValue()).isEqualTo("310.00000000");
        assertThat(d.breach("maxEventExposure").orElseThrow().actualValue()).isEqualTo("415.00000000");
        assertThat(d.summary()).startsWith("REJECTED BUY 200.00000000 tok-yes @ 0.60000000 (INCREASES): tradingState:");
    }

    @Test
    void aNewPositionAlsoBreaksTheOpenPositionCount() {
        RiskSnapshot noPositionInToken = Snapshots.empty().openPositions(2).build();

        RiskDecision d = active(EVERY_LIMIT, noPositionInToken).evaluate(buy("10", "0.5"));

        assertThat(d.effect()).isEqualTo(OrderEffect.OPENS);
        assertThat(d.brokenLimits()).containsExactly("maxOpenPositions");
        assertThat(d.breach("maxOpenPositions").orElseThrow().actualValue()).isEqualTo("3");
    }

    @Test
    void anExitPassesEveryLimitAndEveryTradingState() {
        TradingState halted = TradingState.initial(ACCOUNT).halt("drawdown", "risk", NOW);
        TradingState reducing = TradingState.initial(ACCOUNT).reduceOnly("deleveraging", "ops", NOW);

        for (TradingState state : new TradingState[] {TradingState.initial(ACCOUNT), halted, reducing}) {
            RiskDecision partial = assessment(EVERY_LIMIT, everythingWrong(), state).evaluate(sell("40", "0.30"));
            RiskDecision whole = assessment(EVERY_LIMIT, everythingWrong(), state).evaluate(sell("100", "0.30"));

            assertThat(partial.allowed()).as("partial exit while %s", state.status()).isTrue();
            assertThat(partial.effect()).isEqualTo(OrderEffect.REDUCES);
            assertThat(whole.allowed()).as("full exit while %s", state.status()).isTrue();
            assertThat(whole.breaches()).isEmpty();
        }
    }

    @Test
    void sellingMoreThanIsHeldIsAReversalAndJudgedAsAnEntry() {
        TradingState reducing = TradingState.initial(ACCOUNT).reduceOnly("deleveraging", "ops", NOW);
        RiskSnapshot held = Snapshots.empty().holding(PositionSide.LONG, "100").build();

        RiskDecision d = assessment(RiskLimits.none(), held, reducing).evaluate(sell("100.00000001", "0.30"));

        assertThat(d.effect()).isEqualTo(OrderEffect.REVERSES);
        assertThat(d.brokenLimits()).containsExactly("tradingState");
    }

    @Test
    void reducingRejectsEntriesAndPassesExits() {
        TradingState reducing = TradingState.initial(ACCOUNT).reduceOnly("deleveraging", "ops", NOW);
        RiskSnapshot heldShort = Snapshots.empty().holding(PositionSide.SHORT, "5").build();

        assertThat(assessment(RiskLimits.none(), heldShort, reducing).evaluate(buy("5", "10")).allowed()).isTrue();
        assertThat(assessment(RiskLimits.none(), heldShort, reducing).evaluate(sell("1", "10")).brokenLimits())
                .containsExactly("tradingState");
    }

    @Test
    void haltedBlocksEveryEntryEvenWithNoLimitsConfigured() {
        TradingState halted = TradingState.initial(ACCOUNT).halt("manual", "ops", NOW);

        RiskDecision d = assessment(RiskLimits.none(), Snapshots.empty().build(), halted).evaluate(buy("1", "0.5"));

        assertThat(d.brokenLimits()).containsExactly("tradingState");
        assertThat(d.summary()).contains("HALTED (manual, by ops");
    }

    @Test
    void anOrderWithinEveryLimitIsAllowedAndCarriesTheDayItWasJudgedIn() {
        RiskDecision d = active(EVERY_LIMIT, Snapshots.empty().build()).evaluate(buy("100", "0.5"));

        assertThat(d.allowed()).isTrue();
        assertThat(d.summary()).isEqualTo("ALLOWED BUY 100.00000000 tok-yes @ 0.50000000 (OPENS)");
        assertThat(d.tradingDate()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(d.tradingDayStart()).isEqualTo(NOW.minus(Duration.ofHours(15)));
        assertThat(d.evaluatedAt()).isEqualTo(NOW);
    }

    @Test
    void aCustomPolicyIsJustAnotherClass() {
        RiskPolicy noShorts = new RiskPolicy() {
            @Override
            public String limit() {
                return "noShorts";
            }

            @Override
            public PolicyResult evaluate(RiskContext c) {
                return c.order().side() == Side.SELL
                        ? PolicyResult.Rejected.outright("noShorts", "long only", c.effect().name(), "no shorting")
                        : PolicyResult.allowed();
            }
        };
        RiskLimits limits = RiskLimits.builder().maxOrderNotional(Money.of("1")).policy(noShorts).build();

        RiskDecision d = active(limits, Snapshots.empty().build()).evaluate(sell("10", "0.5"));

        assertThat(d.brokenLimits()).containsExactly("maxOrderNotional", "noShorts");
    }

    @Test
    void anAssessmentJudgesOnlyOrdersOfItsOwnScope() {
        ProposedOrder elsewhere = new ProposedOrder(ACCOUNT, ConditionId.of("cond-other"), null, Orders.YES, Side.BUY,
                Quantity.of("1"), Price.of("0.5"));

        assertThatThrownBy(() -> active(RiskLimits.none(), Snapshots.empty().build()).evaluate(elsewhere))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("order");
    }

    @Test
    void aDrawdownLimitNeedsAStartingCapital() {
        assertThatThrownBy(() -> RiskLimits.builder().maxDrawdownPercent(BigDecimal.TEN).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("startingCapital");
    }

    @Test
    void theOrderCommandValidatesItself() {
        assertThatThrownBy(() -> ProposedOrder.of(SCOPE, Side.BUY, Quantity.ZERO, Price.of("0.5")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("quantity");
        assertThatThrownBy(() -> ProposedOrder.of(SCOPE, null, Quantity.of("1"), Price.of("0.5")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("side");
        assertThatThrownBy(() -> new ProposedOrder(null, Orders.MARKET, null, Orders.YES, Side.BUY, Quantity.of("1"),
                Price.of("0.5"))).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("accountId");
        assertThat(buy("3", "0.25").notional()).isEqualTo(Money.of("0.75"));
    }

    @Test
    void theEffectOfAnOrderFollowsTheHeldPosition() {
        Quantity ten = Quantity.of("10");
        assertThat(OrderEffect.of(Side.BUY, ten, null, Quantity.ZERO)).isEqualTo(OrderEffect.OPENS);
        assertThat(OrderEffect.of(Side.BUY, ten, PositionSide.LONG, ten)).isEqualTo(OrderEffect.INCREASES);
        assertThat(OrderEffect.of(Side.SELL, ten, PositionSide.SHORT, ten)).isEqualTo(OrderEffect.INCREASES);
        assertThat(OrderEffect.of(Side.SELL, ten, PositionSide.LONG, ten)).isEqualTo(OrderEffect.REDUCES);
        assertThat(OrderEffect.of(Side.BUY, Quantity.of("4"), PositionSide.SHORT, ten)).isEqualTo(OrderEffect.REDUCES);
        assertThat(OrderEffect.of(Side.SELL, Quantity.of("11"), PositionSide.LONG, ten)).isEqualTo(OrderEffect.REVERSES);
    }
}
