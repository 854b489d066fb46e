package io.tradekit.domain.decision;

import io.tradekit.domain.shared.Require;

/**
 * An order a decision produced, by the order's client id: a reference, so a decision can name its orders
 * whichever store or aggregate keeps the orders themselves.
 */
public record OrderRef(String clientOrderId) implements Comparable<OrderRef> {
    public OrderRef {
        Require.id(clientOrderId, "clientOrderId");
    }

    public static OrderRef of(String clientOrderId) {
        return new OrderRef(clientOrderId);
    }

    @Override
    public int compareTo(OrderRef other) {
        return clientOrderId.compareTo(other.clientOrderId);
    }

    @Override
    public String toString() {
        return clientOrderId;
    }
}
