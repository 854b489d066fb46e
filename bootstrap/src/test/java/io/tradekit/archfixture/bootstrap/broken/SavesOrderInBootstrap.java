package io.tradekit.archfixture.bootstrap.broken;

import io.tradekit.archfixture.domain.order.Order;
import io.tradekit.archfixture.domain.order.OrderRepository;

/** Breaks bootstrap-writes-through-no-port: writes an aggregate through its port instead of a use case. */
public final class SavesOrderInBootstrap {
    void skipTheUseCase(OrderRepository orders, Order order) {
        orders.save(order);
    }
}
