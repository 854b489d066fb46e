package io.tradekit.archfixture.bootstrap.report;

import io.tradekit.archfixture.domain.order.OrderRepository;

/** Clean fixture: bootstrap may read through a port (a report). */
public final class OrderReport {
    private final OrderRepository orders;

    public OrderReport(OrderRepository orders) {
        this.orders = orders;
    }

    public boolean has(String id) {
        return orders.find(id).isPresent();
    }
}
