package io.tradekit.application.risk;

import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.shared.Decimals;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Stops new entries once equity has fallen {@code percent} % or more below its peak.
 * Equity = starting capital + net realized P&amp;L of all closes + unrealized P&amp;L of open positions;
 * peak = starting capital + the highest running net realized P&amp;L (never below the starting capital);
 * drawdown % = max(0, (peak - equity) / peak x 100), rounded to 8 decimals.
 */
public final class MaxDrawdown implements RiskPolicy {
    public static final String LIMIT = "maxDrawdown";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal percent;
    private final Money startingCapital;

    public MaxDrawdown(BigDecimal percent, Money startingCapital) {
        Require.nonNull(percent, "maxDrawdownPercent");
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("maxDrawdownPercent",
                    "a percentage in (0, 100], got " + percent.toPlainString());
        }
        this.percent = Decimals.exact(percent, "maxDrawdownPercent");
        this.startingCapital = LimitValues.positive(startingCapital, "startingCapital");
    }

    public static Money equity(Money startingCapital, RiskSnapshot s) {
        return startingCapital.plus(s.realizedNetTotal()).plus(s.unrealizedPnl());
    }

    public static Money peak(Money startingCapital, RiskSnapshot s) {
        return startingCapital.plus(s.peakRealizedNet().max(Money.ZERO));
    }

    /** (peak - equity) / peak x 100 at 8 decimals, zero at or above the peak. */
    public static BigDecimal drawdownPercent(Money peak, Money equity) {
        if (!peak.isPositive() || equity.compareTo(peak) >= 0) {
            return Decimals.rounded(BigDecimal.ZERO);
        }
        BigDecimal ratio = peak.minus(equity).amount().divide(peak.amount(), MathContext.DECIMAL64);
        return Decimals.rounded(ratio.multiply(HUNDRED));
    }

    @Override
    public String limit() {
        return LIMIT;
    }

    @Override
    public PolicyResult evaluate(RiskContext context) {
        Money equity = equity(startingCapital, context.snapshot());
        Money peak = peak(startingCapital, context.snapshot());
        BigDecimal drawdown = drawdownPercent(peak, equity);
        if (drawdown.compareTo(percent) < 0) {
            return PolicyResult.allowed();
        }
        return PolicyResult.Rejected.outright(LIMIT, percent.toPlainString(), drawdown.toPlainString(),
                "drawdown " + drawdown.toPlainString() + "% (equity " + equity + " against peak " + peak
                        + ") has reached the limit " + percent.toPlainString() + "%");
    }
}
