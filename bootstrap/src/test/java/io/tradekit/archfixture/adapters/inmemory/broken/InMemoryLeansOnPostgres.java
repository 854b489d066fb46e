package io.tradekit.archfixture.adapters.inmemory.broken;

import io.tradekit.archfixture.adapters.postgres.order.PostgresOrders;

/** Breaks: one adapter depends on another. */
public class InMemoryLeansOnPostgres {
    public Class<?> other() {
        return PostgresOrders.class;
    }
}
