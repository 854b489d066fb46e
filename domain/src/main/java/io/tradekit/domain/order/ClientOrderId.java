package io.tradekit.domain.order;

import io.tradekit.domain.shared.Require;

/** The id a bot gives an order; submitting the same id twice is one order. */
public record ClientOrderId(String value) {
    public ClientOrderId {
        Require.id(value, "clientOrderId");
    }

    public static ClientOrderId of(String value) {
        return new ClientOrderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
