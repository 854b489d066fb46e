package io.tradekit.application.analytics;

import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One step of the equity curve: the equity right after every close at {@code at} (several closes at the
 * same instant make one step), and the highest equity seen up to and including it, so a chart can draw
 * the drawdown without replaying the curve.
 */
public record EquityPoint(Instant at, Money equity, Money peak) {
    public EquityPoint {
        Require.nonNull(at, "at");
        Require.nonNull(equity, "equity");
        Require.nonNull(peak, "peak");
        if (peak.compareTo(equity) < 0) {
            throw new IllegalArgumentException("peak " + peak + " below equity " + equity + " at " + at);
        }
    }

    /** peak - equity: zero at a new high. */
    public Money drawdown() {
        return peak.minus(equity);
    }

    /** 1 - equity / peak as a fraction (0.25 = 25 %); zero at a new high. Peak is always positive. */
    public BigDecimal drawdownFraction() {
        return RatioMath.ratio(drawdown().amount(), peak.amount());
    }
}
