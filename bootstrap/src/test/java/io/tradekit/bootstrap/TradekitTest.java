package io.tradekit.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.adapters.postgres.PostgresSettings;
import io.tradekit.adapters.postgres.PostgresTestServer;
import io.tradekit.application.tape.IngestPrintsCommand;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.StoreUnavailableException;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradekitTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    static MarketTrade print(String id) {
        return new MarketTrade(MarketTradeId.of(id), ConditionId.of("c-" + id), TokenId.of("y-" + id), Price.of("0.5"),
                Quantity.of("3"), Side.BUY, Instant.parse("2026-03-01T11:59:00Z"));
    }

    @Test
    void exposesEveryUseCaseOfTheApplication() {
        try (Tradekit kit = Tradekit.inMemory(CLOCK)) {
            assertThat(UseCases.inApplication()).hasSizeGreaterThanOrEqualTo(13);
            for (Class<?> useCase : UseCases.inApplication()) {
                assertThat(UseCases.of(kit, useCase)).as(useCase.getSimpleName()).isInstanceOf(useCase);
            }
        }
    }

    @Test
    void inMemoryUseCasesShareOneStore() {
        try (Tradekit kit = Tradekit.inMemory(CLOCK)) {
            assertThat(kit.ingestPrints().ingest(IngestPrintsCommand.of(List.of(print("a1"), print("a2")))).inserted())
                    .isEqualTo(2);

            assertThat(kit.store().marketTrades().findById(MarketTradeId.of("a1"))).contains(print("a1"));
            assertThat(kit.store().name()).isEqualTo("memory");
            assertThat(kit.clock()).isSameAs(CLOCK);
        }
    }

    @Test
    void twoInMemoryKitsDoNotShareData() {
        try (Tradekit one = Tradekit.inMemory(CLOCK); Tradekit other = Tradekit.inMemory(CLOCK)) {
            one.ingestPrints().ingest(IngestPrintsCommand.of(List.of(print("b1"))));

            assertThat(other.store().marketTrades().findById(MarketTradeId.of("b1"))).isEmpty();
        }
    }

    @Test
    void onPostgresFromSettings() {
        PostgresTestServer server = PostgresTestServer.get();
        String schema = server.freshSchema(TradekitTest.class);
        try {
            Tradekit kit = Tradekit.postgres(server.settings(schema), CLOCK);
            try (kit) {
                kit.ingestPrints().ingest(IngestPrintsCommand.of(List.of(print("p1"))));
                assertThat(kit.store().marketTrades().findById(MarketTradeId.of("p1"))).contains(print("p1"));
                assertThat(kit.store().name()).isEqualTo("postgres");
            }
            // closing the kit closed its pool
            assertThatThrownBy(() -> kit.store().marketTrades().findById(MarketTradeId.of("p1")))
                    .isInstanceOf(StoreUnavailableException.class);
            // and the data stayed in the database
            try (Tradekit again = Tradekit.postgres(server.settings(schema), CLOCK)) {
                assertThat(again.store().marketTrades().findById(MarketTradeId.of("p1"))).isPresent();
            }
        } finally {
            server.dropSchema(schema);
        }
    }

    @Test
    void anUnreachableServerIsAStoreUnavailableException() {
        PostgresSettings nowhere = PostgresSettings.of("jdbc:postgresql://127.0.0.1:1/nowhere", "someone", "pw");

        assertThatThrownBy(() -> Tradekit.postgres(nowhere, CLOCK)).isInstanceOf(StoreUnavailableException.class);
    }
}
