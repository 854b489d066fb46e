package io.tradekit.archfixture.application.broken;

import io.tradekit.archfixture.adapters.inmemory.InMemoryOrders;

/** Breaks: a use case reaches into an adapter instead of a port. */
public class AdapterInApplication {
    private final InMemoryOrders orders = new InMemoryOrders();

    public boolean has(String id) {
        return orders.find(id).isPresent();
    }
}
