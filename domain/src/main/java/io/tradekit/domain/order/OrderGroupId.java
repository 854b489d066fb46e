package io.tradekit.domain.order;

import io.tradekit.domain.shared.Require;

/** Orders placed together (the YES and NO legs of an arbitrage), judged together for partial-fill risk. */
public record OrderGroupId(String value) {
    public OrderGroupId {
        Require.id(value, "orderGroupId");
    }

    public static OrderGroupId of(String value) {
        return new OrderGroupId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
