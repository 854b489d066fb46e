package io.tradekit.domain.snapshot;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An account's figures at one time, kept so a series shows how it went: equity (starting capital + realized net
 * P&amp;L + unrealized P&amp;L), realized and unrealized P&amp;L, open positions, and the metrics of
 * docs/analytics.md over the account's closes up to then. One per (account, time). Null means absent, as in the
 * performance report (no loss: no profit factor, ...). Ratios keep the digits the report gave them.
 */
public record PerformanceSnapshot(
        AccountId accountId,
        Instant takenAt,
        Money equity,
        Money realizedPnl,
        Money unrealizedPnl,
        long openPositions,
        long closed,
        long wins,
        long losses,
        BigDecimal winRate,
        BigDecimal profitFactor,
        Money expectancy,
        Money maxDrawdown,
        BigDecimal maxDrawdownFraction,
        BigDecimal sharpe,
        BigDecimal sortino,
        BigDecimal cagr,
        BigDecimal calmar) {

    public PerformanceSnapshot {
        Require.nonNull(accountId, "accountId");
        takenAt = Times.micros(takenAt, "takenAt");
        Require.nonNull(equity, "equity");
        Require.nonNull(realizedPnl, "realizedPnl");
        Require.nonNull(unrealizedPnl, "unrealizedPnl");
        requireCount(openPositions, "openPositions");
        requireCount(closed, "closed");
        requireCount(wins, "wins");
        requireCount(losses, "losses");
        if (wins + losses > closed) {
            throw new InvalidValueException("wins", "wins " + wins + " + losses " + losses + " exceed closed " + closed);
        }
        winRate = ratio(winRate);
        profitFactor = ratio(profitFactor);
        maxDrawdownFraction = ratio(maxDrawdownFraction);
        sharpe = ratio(sharpe);
        sortino = ratio(sortino);
        cagr = ratio(cagr);
        calmar = ratio(calmar);
    }

    private static void requireCount(long count, String field) {
        if (count < 0) {
            throw new InvalidValueException(field, "must not be negative, got " + count);
        }
    }

    /** No exponent form: 1E+3 is kept as 1000, which every store gives back alike. */
    private static BigDecimal ratio(BigDecimal value) {
        return value == null || value.scale() >= 0 ? value : value.setScale(0);
    }
}
