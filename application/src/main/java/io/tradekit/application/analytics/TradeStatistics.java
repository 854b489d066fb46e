package io.tradekit.application.analytics;

import io.tradekit.domain.position.CloseSummary;
import io.tradekit.domain.shared.Decimals;
import io.tradekit.domain.shared.Money;
import java.math.BigDecimal;

/**
 * The per-trade figures derived from the store's {@link CloseSummary}; null where a figure is absent.
 * Money quotients are rounded to the kit's 8 decimals (HALF_EVEN); ratios to {@link RatioMath#RATIO}.
 */
record TradeStatistics(BigDecimal winRate, BigDecimal lossRate, BigDecimal profitFactor, Money averageWin,
        Money averageLoss, Money averagePnlPerTrade, Money expectancy) {

    static TradeStatistics of(CloseSummary s) {
        BigDecimal closed = BigDecimal.valueOf(s.closed());
        boolean any = s.closed() > 0;
        BigDecimal winRate = any ? RatioMath.ratio(BigDecimal.valueOf(s.wins()), closed) : null;
        BigDecimal lossRate = any ? RatioMath.ratio(BigDecimal.valueOf(s.losses()), closed) : null;
        // no loss: the ratio has no value (not 0, not a cap like 10, not infinity)
        BigDecimal profitFactor = s.grossLoss().isZero() ? null
                : RatioMath.ratio(s.grossProfit().amount(), s.grossLoss().amount());
        Money averageWin = s.wins() > 0 ? perTrade(s.grossProfit(), s.wins()) : null;
        Money averageLoss = s.losses() > 0 ? perTrade(s.grossLoss(), s.losses()) : null;
        Money averagePnl = any ? perTrade(s.netProfit(), s.closed()) : null;
        // win rate x avg win - loss rate x avg loss = (wins/closed)(GP/wins) - (losses/closed)(GL/losses)
        // = (GP - GL) / closed: computed in that exact form so no intermediate rounding leaks in
        Money expectancy = any ? perTrade(s.grossProfit().minus(s.grossLoss()), s.closed()) : null;
        return new TradeStatistics(winRate, lossRate, profitFactor, averageWin, averageLoss, averagePnl, expectancy);
    }

    private static Money perTrade(Money total, long count) {
        return Money.of(Decimals.divide(total.amount(), BigDecimal.valueOf(count)));
    }
}
