package io.tradekit.domain.decision;

import io.tradekit.domain.shared.Require;

/** The strategy (or agent) of an account that made a decision. */
public record StrategyId(String value) {
    public StrategyId {
        Require.id(value, "strategyId");
    }

    public static StrategyId of(String value) {
        return new StrategyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
