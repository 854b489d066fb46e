package io.tradekit.archfixture.bootstrap.broken;

import io.tradekit.archfixture.adapters.inmemory.InMemoryOrders;
import io.tradekit.archfixture.domain.order.Order;

/** Breaks bootstrap-writes-through-no-port through the adapter's own type. */
public final class SavesThroughAdapterInBootstrap {
    void skipTheUseCase(InMemoryOrders orders, Order order) {
        orders.save(order);
    }
}
