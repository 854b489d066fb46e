package io.tradekit.application.risk;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An account's figures for one market and token, read once at one instant: it judges any order in that scope
 * (any side, quantity or price) without reading the store again. Sizing uses it to try smaller quantities.
 */
public final class RiskAssessment {
    private static final RiskPolicy TRADING_STATE = new TradingStatePolicy();

    private final OrderScope scope;
    private final RiskLimits limits;
    private final RiskSnapshot snapshot;
    private final TradingState tradingState;
    private final Instant evaluatedAt;
    private final TradingDay.Window tradingDay;

    RiskAssessment(OrderScope scope, RiskLimits limits, RiskSnapshot snapshot, TradingState tradingState,
            Instant evaluatedAt, TradingDay.Window tradingDay) {
        this.scope = Require.nonNull(scope, "scope");
        this.limits = Require.nonNull(limits, "limits");
        this.snapshot = Require.nonNull(snapshot, "snapshot");
        this.tradingState = Require.nonNull(tradingState, "tradingState");
        this.evaluatedAt = Require.nonNull(evaluatedAt, "evaluatedAt");
        this.tradingDay = Require.nonNull(tradingDay, "tradingDay");
    }

    /** Judges an order against every limit; exits pass without consulting any. */
    public RiskDecision evaluate(ProposedOrder order) {
        Require.nonNull(order, "order");
        if (!order.scope().equals(scope)) {
            throw new InvalidValueException("order", "this assessment covers " + scope + ", not " + order.scope());
        }
        OrderEffect effect = OrderEffect.of(order.side(), order.quantity(), snapshot.heldSide(), snapshot.heldSize());
        List<PolicyResult.Rejected> breaches = new ArrayList<>();
        if (!effect.isExit()) {
            RiskContext context = new RiskContext(order, effect, snapshot, tradingState, evaluatedAt, tradingDay);
            collect(TRADING_STATE, context, breaches);
            for (RiskPolicy policy : limits.policies()) {
                collect(policy, context, breaches);
            }
        }
        return new RiskDecision(order, effect, tradingDay.date(), tradingDay.start(), evaluatedAt, breaches, snapshot,
                tradingState);
    }

    private static void collect(RiskPolicy policy, RiskContext context, List<PolicyResult.Rejected> breaches) {
        PolicyResult result = Require.nonNull(policy.evaluate(context), "result of " + policy.limit());
        if (result instanceof PolicyResult.Rejected rejected) {
            breaches.add(rejected);
        }
    }

    /** Starting capital + net realized P&amp;L + unrealized P&amp;L; empty when no starting capital is configured. */
    public Optional<Money> equity() {
        return limits.startingCapital().map(capital -> MaxDrawdown.equity(capital, snapshot));
    }

    public OrderScope scope() {
        return scope;
    }

    public RiskLimits limits() {
        return limits;
    }

    public RiskSnapshot snapshot() {
        return snapshot;
    }

    public TradingState tradingState() {
        return tradingState;
    }

    public Instant evaluatedAt() {
        return evaluatedAt;
    }

    public TradingDay.Window tradingDay() {
        return tradingDay;
    }
}
