package io.tradekit.adapters.postgres.snapshot;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.snapshot.PerformanceSnapshot;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code performance_snapshots}. */
record PerformanceSnapshotRow(String accountId, Instant takenAt, BigDecimal equity, BigDecimal realizedPnl,
        BigDecimal unrealizedPnl, long openPositions, long closed, long wins, long losses, BigDecimal winRate,
        BigDecimal profitFactor, BigDecimal expectancy, BigDecimal maxDrawdown, BigDecimal maxDrawdownFraction,
        BigDecimal sharpe, BigDecimal sortino, BigDecimal cagr, BigDecimal calmar) {

    static PerformanceSnapshotRow of(PerformanceSnapshot s) {
        return new PerformanceSnapshotRow(s.accountId().value(), s.takenAt(), s.equity().amount(),
                s.realizedPnl().amount(), s.unrealizedPnl().amount(), s.openPositions(), s.closed(), s.wins(),
                s.losses(), s.winRate(), s.profitFactor(), amount(s.expectancy()), amount(s.maxDrawdown()),
                s.maxDrawdownFraction(), s.sharpe(), s.sortino(), s.cagr(), s.calmar());
    }

    PerformanceSnapshot toSnapshot() {
        return new PerformanceSnapshot(AccountId.of(accountId), takenAt, Money.of(equity), Money.of(realizedPnl),
                Money.of(unrealizedPnl), openPositions, closed, wins, losses, winRate, profitFactor, money(expectancy),
                money(maxDrawdown), maxDrawdownFraction, sharpe, sortino, cagr, calmar);
    }

    private static BigDecimal amount(Money m) {
        return m == null ? null : m.amount();
    }

    private static Money money(BigDecimal v) {
        return v == null ? null : Money.of(v);
    }
}
