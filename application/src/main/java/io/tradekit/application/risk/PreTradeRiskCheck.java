package io.tradekit.application.risk;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.time.Clock;
import java.time.Instant;

/**
 * Judges a proposed order against its account's limits and trading state. Every check costs exactly two store
 * reads, whatever the account's history: one {@link RiskSnapshotQuery#snapshot} and one
 * {@link TradingStateRepository#find}.
 */
public final class PreTradeRiskCheck {
    private final RiskSnapshotQuery snapshots;
    private final TradingStateRepository tradingStates;
    private final Clock clock;
    private final RiskLimitsSource limits;

    public PreTradeRiskCheck(RiskSnapshotQuery snapshots, TradingStateRepository tradingStates, Clock clock,
            RiskLimitsSource limits) {
        this.snapshots = Require.nonNull(snapshots, "snapshots");
        this.tradingStates = Require.nonNull(tradingStates, "tradingStates");
        this.clock = Require.nonNull(clock, "clock");
        this.limits = Require.nonNull(limits, "limits");
    }

    /** The same limits for every account. */
    public PreTradeRiskCheck(RiskSnapshotQuery snapshots, TradingStateRepository tradingStates, Clock clock,
            RiskLimits limits) {
        this(snapshots, tradingStates, clock, RiskLimitsSource.same(limits));
    }

    public RiskDecision evaluate(ProposedOrder order) {
        Require.nonNull(order, "order");
        return assess(order.scope()).evaluate(order);
    }

    /** Reads the figures of one scope (two reads) so that several candidate orders can be judged on them. */
    public RiskAssessment assess(OrderScope scope) {
        Require.nonNull(scope, "scope");
        RiskLimits accountLimits = Require.nonNull(limits.limitsFor(scope.accountId()), "limits");
        Instant now = Times.micros(clock.instant(), "now");
        TradingDay.Window day = accountLimits.tradingDay().windowOf(now);
        RiskSnapshot snapshot = snapshots.snapshot(scope.snapshotRequest(day.start()));
        TradingState state = tradingStates.find(scope.accountId())
                .orElseGet(() -> TradingState.initial(scope.accountId()));
        return new RiskAssessment(scope, accountLimits, snapshot, state, now, day);
    }
}
