package io.tradekit.archfixture.domain.order;

import java.util.Optional;

/** Clean fixture: a port beside its aggregate. */
public interface OrderRepository {
    void save(Order order);

    Optional<Order> find(String id);
}
