package io.tradekit.archfixture.adapters.postgres.order;

import io.tradekit.archfixture.adapters.postgres.StoreSupport;
import io.tradekit.archfixture.domain.order.Order;
import io.tradekit.archfixture.domain.order.OrderRepository;
import java.util.Optional;
import javax.sql.DataSource;

/** Clean fixture: an adapter may use JDBC. */
public final class PostgresOrders implements OrderRepository {
    private final DataSource dataSource;

    public PostgresOrders(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(Order order) {
        if (dataSource == null) {
            throw new IllegalStateException(StoreSupport.describe("no data source"));
        }
    }

    @Override
    public Optional<Order> find(String id) {
        return Optional.empty();
    }
}
