package io.tradekit.archfixture.adapters.inmemory;

import io.tradekit.archfixture.domain.order.Order;
import io.tradekit.archfixture.domain.order.OrderRepository;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Clean fixture: an adapter that knows the domain only. */
public final class InMemoryOrders implements OrderRepository {
    private final Map<String, Order> orders = new ConcurrentHashMap<>();

    @Override
    public void save(Order order) {
        orders.put(order.id(), order);
    }

    @Override
    public Optional<Order> find(String id) {
        return Optional.ofNullable(orders.get(id));
    }
}
