package io.tradekit.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.trade.TradeRepository;
import io.tradekit.domain.trigger.TriggerRepository;
import io.tradekit.domain.watermark.WatermarkRepository;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class PostgresStoreConfigurationTest {

    @Test
    void exposesEveryPortAsABeanOnOneStoreAndClosesItWithTheContext() {
        PostgresTestServer server = PostgresTestServer.get();
        PostgresSettings settings = server.settings(server.freshSchema(PostgresStoreConfigurationTest.class));
        PostgresStore store;
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(PostgresSettings.class, () -> settings);
            context.register(PostgresStoreConfiguration.class);
            context.refresh();

            store = context.getBean(PostgresStore.class);
            assertThat(context.getBean(MarketTradeRepository.class)).isSameAs(store.marketTrades());
            assertThat(context.getBean(TradeRepository.class)).isSameAs(store.trades());
            assertThat(context.getBean(PositionRepository.class)).isSameAs(store.positions());
            assertThat(context.getBean(TriggerRepository.class)).isSameAs(store.triggers());
            assertThat(context.getBean(WatermarkRepository.class)).isSameAs(store.watermarks());
            assertThat(context.getBean(RiskSnapshotQuery.class)).isSameAs(store.riskSnapshots());
            assertThat(context.getBean(UnitOfWork.class)).isSameAs(store.unitOfWork());
            TradingStateRepository states = context.getBean(TradingStateRepository.class);
            AccountId account = AccountId.of("spring");
            TradingState saved = context.getBean(UnitOfWork.class).inTransaction(() -> states.save(
                    TradingState.initial(account).halt("test", "ops", Instant.parse("2024-01-01T00:00:00Z"))));
            assertThat(states.find(account)).contains(saved);
            assertThat(store.schema()).isEqualTo(settings.schema());
        } finally {
            server.dropSchema(settings.schema());
        }
        assertThat(((HikariDataSource) store.dataSource()).isClosed()).isTrue();
    }
}
