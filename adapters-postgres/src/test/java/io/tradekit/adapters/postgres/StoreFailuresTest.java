package io.tradekit.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.position.CloseQuery;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.risk.RiskSnapshotRequest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.DuplicateKeyException;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.StoreUnavailableException;
import io.tradekit.domain.shared.TransientStoreException;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class StoreFailuresTest {
    private static final String SECRET = "s3cret-Pw-9931";
    private static final PostgresTestServer server = PostgresTestServer.get();
    private static final List<String> schemas = new ArrayList<>();

    @AfterAll
    static void dropSchemas() {
        schemas.forEach(server::dropSchema);
    }

    @Test
    void aServerThatRefusesIsUnavailableAtStartAndThePasswordIsNeverShown() {
        PostgresSettings settings = new PostgresSettings("jdbc:postgresql://127.0.0.1:1/test?connectTimeout=2",
                "postgres", SECRET, "tradekit", 2, true);

        assertThatThrownBy(() -> PostgresStore.create(settings))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("unavailable")
                .satisfies(StoreFailuresTest::neverShowsTheSecret)
                .rootCause().isInstanceOf(java.net.ConnectException.class);
    }

    @Test
    void aPasswordInTheUrlIsBlankedToo() {
        PostgresSettings settings = new PostgresSettings(
                "jdbc:postgresql://127.0.0.1:1/test?password=" + SECRET + "&connectTimeout=2", "postgres", null,
                "tradekit", 2, true);

        assertThat(settings.toString()).doesNotContain(SECRET);
        assertThatThrownBy(() -> PostgresStore.create(settings)).isInstanceOf(StoreUnavailableException.class)
                .satisfies(StoreFailuresTest::neverShowsTheSecret);
    }

    @Test
    void everyPortMethodSaysUnavailableWhenTheServerGoesAway() {
        String schema = server.freshSchema(StoreFailuresTest.class);
        schemas.add(schema);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(server.jdbcUrl());
        dataSource.setUser(server.user());
        dataSource.setPassword(server.password());
        dataSource.setCurrentSchema(schema);
        dataSource.setConnectTimeout(2);
        PostgresStore store = PostgresStore.using(dataSource, schema, true);
        AccountId account = AccountId.of("a");
        MarketTrade print = new MarketTrade(MarketTradeId.of("p"), ConditionId.of("c"), TokenId.of("t"),
                Price.of("0.5"), Quantity.of("1"), Side.BUY, Instant.EPOCH);
        assertThat(store.marketTrades().insertIfAbsent(print)).isTrue();

        dataSource.setPortNumbers(new int[] {1}); // nothing listens there: every new connection is refused

        List<Runnable> calls = List.of(
                () -> store.marketTrades().findById(print.tradeId()),
                () -> store.marketTrades().insertAllIfAbsent(List.of(print)),
                () -> store.marketTrades().findAfter(ConditionId.of("c"), Optional.empty(), 10),
                () -> store.positions().findOpenByAccount(account),
                () -> store.positions().forEachClose(CloseQuery.of(account, Instant.EPOCH, Instant.EPOCH), c -> { }),
                () -> store.positions().summarizeCloses(CloseQuery.of(account, Instant.EPOCH, Instant.EPOCH)),
                () -> store.watermarks().advance(account, ConsumerId.of("c"), "k", WatermarkPosition.of(Instant.EPOCH, "x")),
                () -> store.triggers().findByAccount(account),
                () -> store.tradingStates().find(account),
                () -> store.trades().find(account, ClientTradeId.of("t")),
                () -> store.riskSnapshots().snapshot(new RiskSnapshotRequest(account, Instant.EPOCH, ConditionId.of("c"),
                        null, TokenId.of("t"))),
                () -> store.unitOfWork().run(() -> store.tradingStates().find(account)));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(StoreUnavailableException.class).hasCauseInstanceOf(Exception.class);
        }
    }

    @Test
    void connectionFailuresOfEveryKindAreUnavailable() {
        StoreFailures failures = new StoreFailures(SECRET);
        List<Exception> connectionFailures = List.of(
                new SQLTransientConnectionException("pool - Connection is not available, request timed out after 5000ms"),
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE),
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLException("x")),
                new DataAccessResourceFailureException("terminating connection due to administrator command"),
                new RuntimeException(new SQLException("the database system is shutting down", "57P03")));

        for (Exception e : connectionFailures) {
            assertThat(failures.translate("read", e)).isInstanceOf(StoreUnavailableException.class).hasCause(e);
        }
    }

    @Test
    void keyAndCheckViolationsBecomeDomainErrorsAndOtherFailuresPassUnchanged() {
        StoreFailures failures = new StoreFailures(SECRET);
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        SQLException check = new SQLException("new row violates check constraint", "23514");
        IllegalStateException callers = new IllegalStateException("a consumer failed");

        assertThat(failures.translate("insert", new org.springframework.dao.DuplicateKeyException("dup", unique)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(failures.translate("insert", new RuntimeException(check))).isInstanceOf(InvalidValueException.class);
        // issue 9 case 7: transient in the domain's terms, so a bot needs no adapter class to decide
        for (String state : List.of("40P01", "40001", "55P03")) {
            assertThat(failures.translate("insert", new RuntimeException(new SQLException("lost a race", state))))
                    .isInstanceOf(TransientStoreException.class).hasMessageContaining(state)
                    .satisfies(e -> assertThat(TransientStoreException.isTransient(e)).isTrue());
        }
        assertThat(failures.translate("read", new RuntimeException(new SQLException("gone", "08006"))))
                .isInstanceOf(StoreUnavailableException.class)
                .satisfies(e -> assertThat(TransientStoreException.isTransient(e)).isTrue());
        assertThat(failures.translate("read", new RuntimeException(new SQLException("canceling statement due to"
                + " statement timeout\nWhere: SQL statement \"SELECT 1\"", "57014"))))
                .isInstanceOf(PostgresStoreException.class).hasMessageNotContaining("SELECT 1")
                .satisfies(e -> assertThat(TransientStoreException.isTransient(e)).isFalse());
        assertThat(failures.translate("insert", callers)).isSameAs(callers);
        // the message the adapter writes quotes the cause's text with the secret blanked
        assertThat(failures.translate("insert", new RuntimeException(new SQLException("password " + SECRET + " wrong"))))
                .hasMessageContaining("password **** wrong").hasMessageNotContaining(SECRET);
    }

    @Test
    void aDuplicateKeyThroughThePortIsTheDomainsError() {
        try (PostgresStore store = server.freshStore(StoreFailuresTest.class)) {
            schemas.add(store.schema());
            AccountId account = AccountId.of("a");
            Position p = Position.open(PositionId.of("p"), account, ConditionId.of("c"), TokenId.of("t"), null,
                    PositionSide.LONG, Quantity.of("1"), Price.of("0.5"), Money.ZERO, Instant.EPOCH);
            store.positions().insert(p);
            assertThatThrownBy(() -> store.positions().insert(p)).isInstanceOf(DuplicateKeyException.class);
        }
    }

    private static void neverShowsTheSecret(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).as(t.getClass().getName()).doesNotContain(SECRET);
            assertThat(t.toString()).doesNotContain(SECRET);
        }
    }

}
