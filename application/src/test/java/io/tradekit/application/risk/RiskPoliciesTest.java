package io.tradekit.application.risk;

import static io.tradekit.application.risk.Orders.ACCOUNT;
import static io.tradekit.application.risk.Orders.NOW;
import static io.tradekit.application.risk.Orders.buy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each policy alone, on worked figures. */
class RiskPoliciesTest {

    private static RiskContext context(ProposedOrder order, RiskSnapshot snapshot) {
        return context(order, snapshot, TradingState.initial(ACCOUNT));
    }

    private static RiskContext context(ProposedOrder order, RiskSnapshot snapshot, TradingState state) {
        OrderEffect effect = OrderEffect.of(order.side(), order.quantity(), snapshot.heldSide(), snapshot.heldSize());
        return new RiskContext(order, effect, snapshot, state, NOW, TradingDay.utcMidnight().windowOf(NOW));
    }

    private static PolicyResult.Rejected rejected(PolicyResult result) {
        assertThat(result).isInstanceOf(PolicyResult.Rejected.class);
        return (PolicyResult.Rejected) result;
    }

    @Nested
    class DailyLoss {
        @Test
        void aLossIsReportedAsAPositiveAmountAndAProfitableDayAsZero() {
            // realized -40.50, fees 5.00 -> net -45.50 -> loss 45.50
            RiskSnapshot losing = Snapshots.empty().realizedToday("-40.50").feesToday("5.00").build();
            RiskSnapshot winning = Snapshots.empty().realizedToday("30").feesToday("2").build();

            assertThat(MaxDailyLoss.dailyLoss(losing, false)).isEqualTo(Money.of("45.50"));
            assertThat(MaxDailyLoss.dailyLoss(winning, false)).isEqualTo(Money.ZERO);
        }

        @Test
        void feesAloneMakeALossOnAFlatDay() {
            RiskSnapshot s = Snapshots.empty().realizedToday("0").feesToday("1.25").build();

            assertThat(MaxDailyLoss.dailyLoss(s, false)).isEqualTo(Money.of("1.25"));
        }

        @Test
        void unrealizedCountsOnlyWhenConfigured() {
            // realized +10, fees 2, unrealized -20 -> with: 10 - 2 - 20 = -12 -> 12; without: +8 -> 0
            RiskSnapshot s = Snapshots.empty().realizedToday("10").feesToday("2").unrealized("-20").build();

            assertThat(MaxDailyLoss.dailyLoss(s, true)).isEqualTo(Money.of("12"));
            assertThat(MaxDailyLoss.dailyLoss(s, false)).isEqualTo(Money.ZERO);
        }

        @Test
        void rejectsOnceTheLossHasReachedTheLimit() {
            MaxDailyLoss policy = new MaxDailyLoss(Money.of("45.50"), false);
            RiskSnapshot atLimit = Snapshots.empty().realizedToday("-40.50").feesToday("5.00").build();
            RiskSnapshot justBelow = Snapshots.empty().realizedToday("-40.49").feesToday("5.00").build();

            PolicyResult.Rejected r = rejected(policy.evaluate(context(buy("10", "0.5"), atLimit)));
            assertThat(r.limit()).isEqualTo("maxDailyLoss");
            assertThat(r.limitValue()).isEqualTo("45.50000000");
            assertThat(r.actualValue()).isEqualTo("45.50000000");
            assertThat(r.message()).contains("2024-05-02").contains("realized -40.50000000").contains("fees 5.00000000");
            assertThat(r.notionalHeadroom()).isEmpty();
            assertThat(policy.evaluate(context(buy("10", "0.5"), justBelow)).isAllowed()).isTrue();
        }

        @Test
        void withUnrealizedTheOpenLossCanBreakTheLimit() {
            MaxDailyLoss policy = new MaxDailyLoss(Money.of("10"), true);
            RiskSnapshot s = Snapshots.empty().realizedToday("10").feesToday("2").unrealized("-20").build();

            PolicyResult.Rejected r = rejected(policy.evaluate(context(buy("1", "0.5"), s)));
            assertThat(r.actualValue()).isEqualTo("12.00000000");
            assertThat(r.message()).contains("unrealized -20.00000000");
        }
    }

    @Nested
    class CapitalAndExposure {
        @Test
        void capitalAtRiskIsJudgedOnTheWouldBeFigure() {
            // open 800 + order 300 x 0.70 = 210 -> 1010 > 1000; headroom 200
            MaxCapitalAtRisk policy = new MaxCapitalAtRisk(Money.of("1000"));
            RiskSnapshot s = Snapshots.empty().capitalAtRisk("800").build();

            PolicyResult.Rejected r = rejected(policy.evaluate(context(buy("300", "0.70"), s)));
            assertThat(r.limitValue()).isEqualTo("1000.00000000");
            assertThat(r.actualValue()).isEqualTo("1010.00000000");
            assertThat(r.headroom()).isEqualTo(Money.of("200"));
            // exactly reaching the limit is allowed: 800 + 200 = 1000
            assertThat(policy.evaluate(context(buy("400", "0.50"), s)).isAllowed()).isTrue();
        }

        @Test
        void headroomIsNeverNegativeWhenAlreadyOverTheLimit() {
            MaxCapitalAtRisk policy = new MaxCapitalAtRisk(Money.of("1000"));
            RiskSnapshot s = Snapshots.empty().capitalAtRisk("1200").build();

            assertThat(rejected(policy.evaluate(context(buy("1", "0.5"), s))).headroom()).isEqualTo(Money.ZERO);
        }

        @Test
        void marketExposureAddsTheOrderToTheMarketsOpenCost() {
            // 150 + 100 x 0.60 = 210 > 200; headroom 50
            MaxMarketExposure policy = new MaxMarketExposure(Money.of("200"));
            RiskSnapshot s = Snapshots.empty().marketExposure("150").build();

            PolicyResult.Rejected r = rejected(policy.evaluate(context(buy("100", "0.60"), s)));
            assertThat(r.actualValue()).isEqualTo("210.00000000");
            assertThat(r.headroom()).isEqualTo(Money.of("50"));
            assertThat(r.message()).contains("cond-1");
        }

        @Test
        void eventExposureAppliesOnlyToOrdersWithAnEvent() {
            MaxEventExposure policy = new MaxEventExposure(Money.of("100"));
            RiskSnapshot s = Snapshots.empty().eventExposure("90").build();
            ProposedOrder withEvent = buy("50", "0.40"); // 90 + 20 = 110 > 100
            ProposedOrder noEvent = ProposedOrder.of(Orders.SCOPE_WITHOUT_EVENT, Side.BUY, Quantity.of("50"),
                    withEvent.price());

            PolicyResult.Rejected r = rejected(policy.evaluate(context(withEvent, s)));
            assertThat(r.actualValue()).isEqualTo("110.00000000");
            assertThat(r.headroom()).isEqualTo(Money.of("10"));
            assertThat(policy.evaluate(context(noEvent, s)).isAllowed()).isTrue();
        }

        @Test
        void orderNotionalIsPriceTimesQuantity() {
            // 250 x 0.42 = 105 > 100
            MaxOrderNotional policy = new MaxOrderNotional(Money.of("100"));

            PolicyResult.Rejected r = rejected(policy.evaluate(context(buy("250", "0.42"), Snapshots.empty().build())));
            assertThat(r.actualValue()).isEqualTo("105.00000000");
            assertThat(r.headroom()).isEqualTo(Money.of("100"));
            assertThat(policy.evaluate(context(buy("250", "0.40"), Snapshots.empty().build())).isAllowed()).isTrue();
        }
    }

    @Nested
    class Counts {
        @Test
        void theNextTradeMayNotExceedTheDailyCount() {
            MaxTradesPerDay policy = new MaxTradesPerDay(5);

            PolicyResult.Rejected r = rejected(policy.evaluate(context(buy("1", "0.5"),
                    Snapshots.empty().tradesToday(5).build())));
            assertThat(r.limitValue()).isEqualTo("5");
            assertThat(r.actualValue()).isEqualTo("6");
            assertThat(r.notionalHeadroom()).isEmpty();
            assertThat(policy.evaluate(context(buy("1", "0.5"), Snapshots.empty().tradesToday(4).build())).isAllowed())
                    .isTrue();
        }

        @Test
        void openingANewPositionCountsIncreasingDoesNot() {
            MaxOpenPositions policy = new MaxOpenPositions(3);
            RiskSnapshot noneHeld = Snapshots.empty().openPositions(3).build();
            RiskSnapshot heldLong = Snapshots.empty().openPositions(3).holding(PositionSide.LONG, "10").build();

            PolicyResult.Rejected r = rejected(policy.evaluate(context(buy("1", "0.5"), noneHeld)));
            assertThat(r.actualValue()).isEqualTo("4");
            assertThat(policy.evaluate(context(buy("1", "0.5"), heldLong)).isAllowed()).isTrue();
        }
    }

    @Nested
    class Cooldown {
        private final LosingStreakCooldown policy = new LosingStreakCooldown(3, Duration.ofMinutes(30));

        @Test
        void blocksEntriesUntilTheCooldownHasPassedSinceTheLastLosingClose() {
            // third loss closed 10 minutes before NOW: 20 minutes left
            RiskSnapshot s = Snapshots.empty().losingStreak(3, NOW.minus(Duration.ofMinutes(10))).build();

            PolicyResult.Rejected r = rejected(policy.evaluate(context(buy("1", "0.5"), s)));
            assertThat(r.limitValue()).isEqualTo("PT30M after 3 losing closes");
            assertThat(r.actualValue()).isEqualTo("3 losing closes, last at 2024-05-02T14:50:00Z");
            assertThat(r.message()).contains("until 2024-05-02T15:20:00Z").contains("PT20M left");
        }

        @Test
        void passesOnceTheCooldownIsOverOrTheStreakIsShort() {
            RiskSnapshot over = Snapshots.empty().losingStreak(4, NOW.minus(Duration.ofMinutes(30))).build();
            RiskSnapshot shortStreak = Snapshots.empty().losingStreak(2, NOW.minusSeconds(1)).build();

            assertThat(policy.evaluate(context(buy("1", "0.5"), over)).isAllowed()).isTrue();
            assertThat(policy.evaluate(context(buy("1", "0.5"), shortStreak)).isAllowed()).isTrue();
        }

        @Test
        void rejectsANonsenseConfiguration() {
            assertThatThrownBy(() -> new LosingStreakCooldown(0, Duration.ofMinutes(1)))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("cooldownAfterLosses");
            assertThatThrownBy(() -> new LosingStreakCooldown(2, Duration.ZERO))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("cooldown");
        }
    }

    @Nested
    class Drawdown {
        private final MaxDrawdown policy = new MaxDrawdown(new BigDecimal("20"), Money.of("1000"));

        @Test
        void measuresFromThePeakNotFromTheStart() {
            // peak = 1000 + 500 = 1500; equity = 1000 + 250 realized - 50 unrealized = 1200
            // drawdown = 300 / 1500 = 20 % -> reached (the account is still 20 % above its start)
            RiskSnapshot s = Snapshots.empty().peakRealizedNet("500").realizedNetTotal("250").unrealized("-50").build();

            PolicyResult.Rejected r = rejected(policy.evaluate(context(buy("1", "0.5"), s)));
            assertThat(r.limit()).isEqualTo("maxDrawdown");
            assertThat(r.limitValue()).isEqualTo("20.00000000");
            assertThat(r.actualValue()).isEqualTo("20.00000000");
            assertThat(r.message()).contains("equity 1200.00000000").contains("peak 1500.00000000");
        }

        @Test
        void passesBelowTheLimitAndAtOrAboveThePeak() {
            // peak 1500, equity 1000 + 300 - 0 = 1300: 200 / 1500 = 13.33333333 %
            RiskSnapshot s = Snapshots.empty().peakRealizedNet("500").realizedNetTotal("300").build();
            // unrealized gains lift equity above the (realized) peak: no drawdown
            RiskSnapshot above = Snapshots.empty().peakRealizedNet("500").realizedNetTotal("500").unrealized("40").build();

            assertThat(MaxDrawdown.drawdownPercent(Money.of("1500"), Money.of("1300")))
                    .isEqualByComparingTo("13.33333333");
            assertThat(policy.evaluate(context(buy("1", "0.5"), s)).isAllowed()).isTrue();
            assertThat(policy.evaluate(context(buy("1", "0.5"), above)).isAllowed()).isTrue();
        }

        @Test
        void aLosingStartMeasuresFromTheStartingCapital() {
            // never profitable: peak 1000; equity 1000 - 250 = 750 -> 25 %
            RiskSnapshot s = Snapshots.empty().realizedNetTotal("-250").build();

            assertThat(rejected(policy.evaluate(context(buy("1", "0.5"), s))).actualValue()).isEqualTo("25.00000000");
        }

        @Test
        void rejectsAPercentageOutsideZeroToHundred() {
            assertThatThrownBy(() -> new MaxDrawdown(new BigDecimal("0"), Money.of("1000")))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxDrawdownPercent");
            assertThatThrownBy(() -> new MaxDrawdown(new BigDecimal("100.5"), Money.of("1000")))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxDrawdownPercent");
        }
    }

    @Nested
    class TradingStates {
        private final TradingStatePolicy policy = new TradingStatePolicy();

        @Test
        void haltedRejectsAnEntryWithItsReason() {
            TradingState halted = TradingState.initial(ACCOUNT).halt("venue outage", "ops", NOW.minusSeconds(60));

            PolicyResult.Rejected r = rejected(policy.evaluate(context(buy("1", "0.5"), Snapshots.empty().build(),
                    halted)));
            assertThat(r.limit()).isEqualTo("tradingState");
            assertThat(r.limitValue()).isEqualTo("HALTED");
            assertThat(r.actualValue()).isEqualTo("OPENS");
            assertThat(r.message()).contains("venue outage").contains("ops");
        }

        @Test
        void reducingRejectsAnIncrease() {
            TradingState reducing = TradingState.initial(ACCOUNT).reduceOnly("deleveraging", "ops", NOW);
            RiskSnapshot held = Snapshots.empty().holding(PositionSide.LONG, "10").build();

            PolicyResult.Rejected r = rejected(policy.evaluate(context(buy("1", "0.5"), held, reducing)));
            assertThat(r.limitValue()).isEqualTo("REDUCING");
            assertThat(r.actualValue()).isEqualTo("INCREASES");
        }

        @Test
        void activePasses() {
            assertThat(policy.evaluate(context(buy("1", "0.5"), Snapshots.empty().build())).isAllowed()).isTrue();
        }
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new MaxDailyLoss(Money.ZERO, false))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxDailyLoss");
        assertThatThrownBy(() -> new MaxTradesPerDay(0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxTradesPerDay");
        assertThatThrownBy(() -> new MaxCapitalAtRisk(Money.of("-1")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxCapitalAtRisk");
    }
}
