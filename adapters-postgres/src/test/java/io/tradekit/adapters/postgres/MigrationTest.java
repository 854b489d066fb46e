package io.tradekit.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class MigrationTest {
    private static final PostgresTestServer server = PostgresTestServer.get();
    private static final List<String> schemas = new ArrayList<>();

    @AfterAll
    static void dropSchemas() {
        schemas.forEach(server::dropSchema);
    }

    private static String freshSchema() {
        String schema = server.freshSchema(MigrationTest.class);
        schemas.add(schema);
        return schema;
    }

    @Test
    void migratesAnEmptySchemaThenValidatesItWithoutMigrating() throws SQLException {
        String schema = freshSchema();

        try (PostgresStore store = PostgresStore.create(server.settings(schema))) {
            assertThat(store.schema()).isEqualTo(schema);
        }

        assertThat(query(schema, "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"))
                .containsExactly("1", "2", "3", "4");
        assertThat(query(schema, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND table_name <> 'flyway_schema_history' ORDER BY 1"))
                .containsExactly("account_ledger_entries", "account_ledgers", "alert_figures", "alerts",
                        "audit_entries", "candidates", "decision_orders", "decisions", "fills", "market_trades",
                        "orders", "performance_snapshots", "positions", "risk_limit_settings", "trade_legs", "trades",
                        "trading_states", "triggers", "watermarks");
        assertThat(query(schema, "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"))
                .contains("market_trades_pkey", "market_trades_condition_ts_trade", "market_trades_ts", "trades_pkey",
                        "trades_account_executed", "trade_legs_pkey", "positions_pkey", "positions_one_open_per_token",
                        "positions_open_by_condition", "positions_open_by_event", "positions_closes", "triggers_pkey",
                        "triggers_token_threshold_key", "watermarks_pkey", "trading_states_pkey",
                        "account_ledgers_pkey", "account_ledger_entries_pkey", "account_ledger_entries_at", "orders_pkey",
                        "orders_venue_order_key", "orders_open", "orders_by_market", "orders_by_group", "fills_pkey",
                        "fills_of_order", "fills_by_time");
        assertThat(query(schema, "SELECT indexdef FROM pg_indexes WHERE indexname = 'positions_one_open_per_token'"
                + " AND schemaname = current_schema()"))
                .singleElement().asString().contains("UNIQUE").contains("WHERE (status = 'OPEN'::text)");

        try (PostgresStore again = PostgresStore.create(server.settings(schema).withMigrateOnStart(false))) {
            assertThat(again.positions().findOpenByAccount(AccountId.of("a"))).isEmpty();
        }
    }

    @Test
    void anUnmigratedSchemaIsRefusedWhenMigrateOnStartIsOff() {
        String schema = freshSchema();

        assertThatThrownBy(() -> PostgresStore.create(server.settings(schema).withMigrateOnStart(false)))
                .isInstanceOf(PostgresStoreException.class)
                .hasMessageContaining(schema)
                .hasMessageContaining("migrate-on-start is off");
    }

    @Test
    void idColumnsUseByteOrder() throws SQLException {
        String schema = freshSchema();
        PostgresStore.create(server.settings(schema)).close();

        assertThat(query(schema, "SELECT DISTINCT collation_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND (column_name LIKE '%\\_id' OR column_name IN ('id',"
                + " 'stream_key')) AND table_name <> 'flyway_schema_history'"))
                .containsExactly("C");
    }

    private static List<String> query(String schema, String sql) throws SQLException {
        try (Connection c = server.connect()) {
            c.createStatement().execute("SET search_path TO " + schema);
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
                return values;
            }
        }
    }
}
