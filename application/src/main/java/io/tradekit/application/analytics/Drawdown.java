package io.tradekit.application.analytics;

import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A fall of the equity curve from a peak to a later trough. {@code peakAt} is the last time the equity
 * stood at that peak before falling; {@code troughAt} the step where the fall was measured.
 */
public record Drawdown(Instant peakAt, Money peakEquity, Instant troughAt, Money troughEquity) {
    public Drawdown {
        Require.nonNull(peakAt, "peakAt");
        Require.nonNull(peakEquity, "peakEquity");
        Require.nonNull(troughAt, "troughAt");
        Require.nonNull(troughEquity, "troughEquity");
        if (troughEquity.compareTo(peakEquity) >= 0) {
            throw new IllegalArgumentException("a drawdown falls: trough " + troughEquity + " is not below peak " + peakEquity);
        }
        if (!peakEquity.isPositive()) {
            throw new IllegalArgumentException("a drawdown's peak is positive, got " + peakEquity);
        }
        if (troughAt.isBefore(peakAt)) {
            throw new IllegalArgumentException("trough " + troughAt + " before peak " + peakAt);
        }
    }

    /** peak - trough, in money (positive). */
    public Money amount() {
        return peakEquity.minus(troughEquity);
    }

    /** 1 - trough / peak = (peak - trough) / peak, as a fraction: 0.25 means 25 %. */
    public BigDecimal fraction() {
        return RatioMath.ratio(amount().amount(), peakEquity.amount());
    }
}
