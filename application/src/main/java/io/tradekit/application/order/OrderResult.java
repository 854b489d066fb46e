package io.tradekit.application.order;

import io.tradekit.domain.order.Order;
import io.tradekit.domain.shared.Require;

/**
 * @param order   the order as stored after the call
 * @param changed false when the call changed nothing (a repeated submit, a message the order already reflects)
 */
public record OrderResult(Order order, boolean changed) {
    public OrderResult {
        Require.nonNull(order, "order");
    }
}
