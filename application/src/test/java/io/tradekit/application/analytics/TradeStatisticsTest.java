package io.tradekit.application.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.domain.position.CloseSummary;
import io.tradekit.domain.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Per-trade figures from store sums; each expectation worked out in the comment above it. */
class TradeStatisticsTest {

    private static Money m(String amount) {
        return Money.of(amount);
    }

    @Test
    void nothingClosedLeavesEveryFigureAbsent() {
        TradeStatistics s = TradeStatistics.of(CloseSummary.EMPTY);

        assertThat(s.winRate()).isNull();
        assertThat(s.lossRate()).isNull();
        assertThat(s.profitFactor()).isNull();
        assertThat(s.averageWin()).isNull();
        assertThat(s.averageLoss()).isNull();
        assertThat(s.averagePnlPerTrade()).isNull();
        assertThat(s.expectancy()).isNull();
    }

    @Test
    void mixedWithBreakevens() {
        // closes: +30, +10, -8, -12, 0  -> closed 5, wins 2, losses 2, breakevens 1
        // net 20, gross profit 40, gross loss 20
        CloseSummary summary = new CloseSummary(5, 2, 2, 1, m("20"), m("40"), m("20"), m("30"), m("12"));

        TradeStatistics s = TradeStatistics.of(summary);

        // win rate 2/5 = 0.4, loss rate 2/5 = 0.4
        assertThat(s.winRate()).isEqualByComparingTo("0.4");
        assertThat(s.lossRate()).isEqualByComparingTo("0.4");
        // profit factor 40 / 20 = 2
        assertThat(s.profitFactor()).isEqualByComparingTo("2");
        // average win 40 / 2 = 20; average loss 20 / 2 = 10 (positive)
        assertThat(s.averageWin()).isEqualTo(m("20"));
        assertThat(s.averageLoss()).isEqualTo(m("10"));
        // average P&L 20 / 5 = 4
        assertThat(s.averagePnlPerTrade()).isEqualTo(m("4"));
        // expectancy 0.4 x 20 - 0.4 x 10 = 8 - 4 = 4
        assertThat(s.expectancy()).isEqualTo(m("4"));
    }

    @Test
    void allWinsHasNoProfitFactor() {
        // closes: +5, +7 -> gross loss 0: profit factor absent, not 0, not a cap, not infinity
        CloseSummary summary = new CloseSummary(2, 2, 0, 0, m("12"), m("12"), m("0"), m("7"), null);

        TradeStatistics s = TradeStatistics.of(summary);

        assertThat(s.winRate()).isEqualByComparingTo("1");
        assertThat(s.lossRate()).isEqualByComparingTo("0");
        assertThat(s.profitFactor()).isNull();
        // average win 12 / 2 = 6; no loss -> average loss absent
        assertThat(s.averageWin()).isEqualTo(m("6"));
        assertThat(s.averageLoss()).isNull();
        // expectancy 1 x 6 - 0 x (none) = 6 = average P&L 12 / 2
        assertThat(s.expectancy()).isEqualTo(m("6"));
        assertThat(s.averagePnlPerTrade()).isEqualTo(m("6"));
    }

    @Test
    void allLossesHasProfitFactorZero() {
        // closes: -3, -6, -6 -> gross profit 0, gross loss 15
        CloseSummary summary = new CloseSummary(3, 0, 3, 0, m("-15"), m("0"), m("15"), null, m("6"));

        TradeStatistics s = TradeStatistics.of(summary);

        // win rate 0 / 3 = 0; profit factor 0 / 15 = 0 (defined: there is a loss)
        assertThat(s.winRate()).isEqualByComparingTo("0");
        assertThat(s.profitFactor()).isEqualByComparingTo("0");
        assertThat(s.averageWin()).isNull();
        // average loss 15 / 3 = 5
        assertThat(s.averageLoss()).isEqualTo(m("5"));
        // expectancy 0 x (none) - 1 x 5 = -5
        assertThat(s.expectancy()).isEqualTo(m("-5"));
        assertThat(s.averagePnlPerTrade()).isEqualTo(m("-5"));
    }

    @Test
    void quotientsRoundToEightDecimalsAndSixteenDigits() {
        // closes: +1, +1, -1 (x3 trades, one loss): win rate 2/3, profit factor 2/1
        // average P&L 1 / 3 = 0.33333333 (8 decimals, HALF_EVEN)
        CloseSummary summary = new CloseSummary(3, 2, 1, 0, m("1"), m("2"), m("1"), m("1"), m("1"));

        TradeStatistics s = TradeStatistics.of(summary);

        assertThat(s.winRate()).isEqualTo(new BigDecimal("0.6666666666666667"));
        assertThat(s.lossRate()).isEqualTo(new BigDecimal("0.3333333333333333"));
        assertThat(s.averagePnlPerTrade()).isEqualTo(m("0.33333333"));
        // expectancy 2/3 x 1 - 1/3 x 1 = 1/3 -> 0.33333333
        assertThat(s.expectancy()).isEqualTo(m("0.33333333"));
    }
}
