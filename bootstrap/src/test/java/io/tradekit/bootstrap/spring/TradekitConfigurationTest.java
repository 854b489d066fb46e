package io.tradekit.bootstrap.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.adapters.inmemory.InMemoryStore;
import io.tradekit.adapters.postgres.PostgresStore;
import io.tradekit.adapters.postgres.PostgresTestServer;
import io.tradekit.application.risk.PreTradeRiskCheck;
import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.application.risk.RiskDecision;
import io.tradekit.application.risk.RiskLimits;
import io.tradekit.application.tape.IngestPrints;
import io.tradekit.application.tape.IngestPrintsCommand;
import io.tradekit.bootstrap.Tradekit;
import io.tradekit.bootstrap.TradekitStore;
import io.tradekit.bootstrap.UseCases;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.tape.MarketTradeRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;

class TradekitConfigurationTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    static AnnotationConfigApplicationContext context(Map<String, Object> properties, Class<?>... more) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        context.register(TradekitConfiguration.class);
        for (Class<?> c : more) {
            context.register(c);
        }
        context.refresh();
        return context;
    }

    static MarketTrade print(String id) {
        return new MarketTrade(MarketTradeId.of(id), ConditionId.of("c-" + id), TokenId.of("y-" + id), Price.of("0.5"),
                Quantity.of("3"), Side.BUY, NOW.minusSeconds(60));
    }

    static void assertEveryUseCaseIsABeanOfTheKit(AnnotationConfigApplicationContext context) {
        Tradekit kit = context.getBean(Tradekit.class);
        for (Class<?> useCase : UseCases.inApplication()) {
            Object bean = context.getBean(useCase);
            // the very object the plain-Java facade hands out
            assertThat(bean).as(useCase.getSimpleName()).isSameAs(UseCases.of(kit, useCase));
        }
    }

    @Test
    void theInMemoryStoreIsTheDefault() {
        try (AnnotationConfigApplicationContext context = context(Map.of())) {
            assertEveryUseCaseIsABeanOfTheKit(context);
            assertThat(context.getBean(TradekitStore.class).name()).isEqualTo("memory");
            assertThat(context.getBeansOfType(InMemoryStore.class)).hasSize(1);
            assertThat(context.getBeansOfType(PostgresStore.class)).isEmpty();

            context.getBean(IngestPrints.class).ingest(IngestPrintsCommand.of(List.of(print("s1"))));
            assertThat(context.getBean(MarketTradeRepository.class).findById(MarketTradeId.of("s1"))).isPresent();
        }
    }

    @Test
    void postgresWhenThePropertySaysSo() {
        PostgresTestServer server = PostgresTestServer.get();
        String schema = server.freshSchema(TradekitConfigurationTest.class);
        Map<String, Object> properties = new HashMap<>(Map.of("tradekit.store", "postgres",
                "tradekit.jdbc-url", server.jdbcUrl(), "tradekit.db-user", server.user(), "tradekit.db-schema", schema,
                "tradekit.pool-size", "3", "tradekit.migrate-on-start", "true"));
        if (server.password() != null) {
            properties.put("tradekit.db-password", server.password());
        }
        try {
            try (AnnotationConfigApplicationContext context = context(properties)) {
                assertEveryUseCaseIsABeanOfTheKit(context);
                assertThat(context.getBean(TradekitStore.class).name()).isEqualTo("postgres");
                assertThat(context.getBeansOfType(InMemoryStore.class)).isEmpty();
                assertThat(context.getBean(PostgresStore.class).schema()).isEqualTo(schema);

                context.getBean(IngestPrints.class).ingest(IngestPrintsCommand.of(List.of(print("s2"))));
            }
            // written to the database, read back by a second context
            try (AnnotationConfigApplicationContext again = context(properties)) {
                assertThat(again.getBean(MarketTradeRepository.class).findById(MarketTradeId.of("s2"))).isPresent();
            }
        } finally {
            server.dropSchema(schema);
        }
    }

    @Test
    void anUnknownStoreStopsTheContextWithTheReason() {
        assertThatThrownBy(() -> context(Map.of("tradekit.store", "mongo")))
                .hasStackTraceContaining("tradekit.store must be memory or postgres, got 'mongo'");
    }

    @Test
    void postgresWithoutAUrlSaysWhichPropertyIsMissing() {
        assertThatThrownBy(() -> context(Map.of("tradekit.store", "postgres")))
                .isInstanceOf(BeanCreationException.class)
                .hasStackTraceContaining("tradekit.jdbc-url");
    }

    @Configuration(proxyBeanMethods = false)
    static class BotSettings {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        RiskLimits riskLimits() {
            return RiskLimits.builder().maxOrderNotional(io.tradekit.domain.shared.Money.of("5")).build();
        }
    }

    @Test
    void aClockAndRiskLimitsOfTheBotAreUsed() {
        try (AnnotationConfigApplicationContext context = context(Map.of(), BotSettings.class)) {
            assertThat(context.getBean(Tradekit.class).clock().instant()).isEqualTo(NOW);

            RiskDecision decision = context.getBean(PreTradeRiskCheck.class).evaluate(new ProposedOrder(
                    AccountId.of("bot"), ConditionId.of("c"), null, TokenId.of("t"), Side.BUY, Quantity.of("10"),
                    Price.of("0.9")));

            assertThat(decision.brokenLimits()).containsExactly("maxOrderNotional");
            assertThat(decision.evaluatedAt()).isEqualTo(NOW);
        }
    }
}
