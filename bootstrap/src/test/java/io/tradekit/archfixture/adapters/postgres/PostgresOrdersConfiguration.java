package io.tradekit.archfixture.adapters.postgres;

import io.tradekit.archfixture.adapters.postgres.order.PostgresOrders;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Clean fixture: an adapter may use Spring. */
@Configuration
public class PostgresOrdersConfiguration {
    @Bean
    PostgresOrders postgresOrders(DataSource dataSource) {
        return new PostgresOrders(dataSource);
    }
}
