package io.tradekit.archfixture.application.ordering;

import io.tradekit.archfixture.domain.order.Order;
import io.tradekit.archfixture.domain.order.OrderRepository;
import io.tradekit.archfixture.domain.shared.Amount;
import java.time.Clock;

/** Clean fixture: a use case over a port and an injected clock. */
public final class PlaceOrder {
    private final OrderRepository orders;
    private final Clock clock;

    public PlaceOrder(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    public Order place(String id, Amount amount) {
        Order order = Order.place(id, amount, clock);
        orders.save(order);
        return order;
    }
}
