package io.tradekit.application.risk;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import java.time.Instant;

/** Everything a {@link RiskPolicy} may look at: the order, what it would do, and the account's figures. */
public record RiskContext(
        ProposedOrder order,
        OrderEffect effect,
        RiskSnapshot snapshot,
        TradingState tradingState,
        Instant now,
        TradingDay.Window tradingDay) {

    public RiskContext {
        Require.nonNull(order, "order");
        Require.nonNull(effect, "effect");
        Require.nonNull(snapshot, "snapshot");
        Require.nonNull(tradingState, "tradingState");
        Require.nonNull(now, "now");
        Require.nonNull(tradingDay, "tradingDay");
    }

    public Money orderNotional() {
        return order.notional();
    }
}
