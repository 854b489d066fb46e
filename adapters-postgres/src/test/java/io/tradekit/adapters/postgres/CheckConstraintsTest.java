package io.tradekit.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;

/**
 * The schema refuses what the domain refuses even when a row is written by plain SQL, bypassing the
 * adapter: each case starts from a valid row, breaks one rule, and must hit the named constraint.
 */
class CheckConstraintsTest {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private static final String TRADE = "fk-trade";

    private static Map<String, String> tape() {
        return row("trade_id", "'p'", "condition_id", "'c'", "token_id", "'t'", "price", "0.5", "size", "1",
                "taker_side", "'BUY'", "ts", "now()");
    }

    private static Map<String, String> trade() {
        return row("account_id", "'a'", "client_trade_id", "'x'", "executed_at", "now()", "event_id", "NULL");
    }

    private static Map<String, String> leg() {
        return row("account_id", "'a'", "client_trade_id", "'" + TRADE + "'", "leg_no", "0", "condition_id", "'c'",
                "token_id", "'t'", "side", "'BUY'", "requested_quantity", "10", "filled_quantity", "10", "price", "0.5",
                "fee", "0.01", "status", "'FILLED'");
    }

    private static Map<String, String> position() {
        return row("account_id", "'a'", "id", "'p'", "condition_id", "'c'", "token_id", "'t'", "event_id", "NULL",
                "side", "'LONG'", "status", "'OPEN'", "size", "1", "average_entry_price", "0.5", "cost_basis", "0.5",
                "current_price", "0.5", "realized_pnl", "-1", "fees", "0", "opened_at", "now()", "updated_at", "now()",
                "closed_at", "NULL", "version", "0");
    }

    private static Map<String, String> closedPosition() {
        return with(position(), "status", "'CLOSED'", "size", "0", "cost_basis", "0", "closed_at", "now()");
    }

    private static Map<String, String> trigger() {
        return row("account_id", "'a'", "condition_id", "'c'", "token_id", "'t'", "threshold", "0.9", "price", "0.95",
                "market_trade_id", "'p'", "printed_at", "now()", "fired_at", "now()");
    }

    private static Map<String, String> watermark() {
        return row("account_id", "'a'", "consumer_id", "'c'", "stream_key", "'k'", "position_ts", "now()",
                "position_id", "'p'");
    }

    private static final String ORDER = "fk-order";

    private static Map<String, String> order() {
        return row("account_id", "'a'", "client_order_id", "'o'", "venue", "'v'", "venue_order_id", "'vo'",
                "condition_id", "'c'", "token_id", "'t'", "event_id", "NULL", "group_id", "NULL", "side", "'BUY'",
                "order_type", "'LIMIT'", "limit_price", "0.5", "quantity", "10", "time_in_force", "'GTC'",
                "mode", "'LIVE'", "external", "false", "status", "'PARTIALLY_FILLED'", "filled_quantity", "4",
                "filled_notional", "2", "fees", "0", "reason", "NULL", "new_at", "now()", "submitted_at", "now()",
                "acknowledged_at", "now()", "partially_filled_at", "now()", "updated_at", "now()", "version", "3");
    }

    private static Map<String, String> fill() {
        return row("account_id", "'a'", "venue", "'v'", "fill_id", "'f'", "client_order_id", "'" + ORDER + "'",
                "quantity", "1", "price", "0.5", "fee", "0", "liquidity", "'TAKER'", "filled_at", "now()",
                "after_cancel", "false");
    }

    private static Map<String, String> tradingState() {
        return row("account_id", "'a'", "status", "'HALTED'", "reason", "'drawdown'", "changed_by", "'risk'",
                "changed_at", "now()", "resumed_by", "NULL", "resumed_at", "NULL", "version", "1");
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                refused("market_trades", with(tape(), "price", "-0.00000001"), "market_trades_price_not_negative"),
                refused("market_trades", with(tape(), "size", "0"), "market_trades_size_positive"),
                refused("market_trades", with(tape(), "size", "-1"), "market_trades_size_positive"),
                refused("market_trades", with(tape(), "taker_side", "'buy'"), "market_trades_taker_side_known"),
                refused("market_trades", with(tape(), "trade_id", "''"), "market_trades_trade_id_format"),
                refused("market_trades", with(tape(), "trade_id", "'a b'"), "market_trades_trade_id_format"),
                refused("market_trades", with(tape(), "trade_id", "'caf\u00e9'"), "market_trades_trade_id_format"),
                refused("market_trades", with(tape(), "trade_id", "repeat('x', 201)"), "market_trades_trade_id_format"),
                refused("market_trades", with(tape(), "condition_id", "E'c\\t'"), "market_trades_condition_id_format"),
                refused("market_trades", with(tape(), "token_id", "' '"), "market_trades_token_id_format"),
                refused("trades", with(trade(), "account_id", "''"), "trades_account_id_format"),
                refused("trades", with(trade(), "event_id", "''"), "trades_event_id_format"),
                refused("trade_legs", with(leg(), "requested_quantity", "0", "filled_quantity", "0", "status", "'FAILED'"),
                        "trade_legs_requested_positive"),
                refused("trade_legs", with(leg(), "filled_quantity", "11"), "trade_legs_filled_within_requested"),
                refused("trade_legs", with(leg(), "filled_quantity", "-1", "status", "'FAILED'"),
                        "trade_legs_filled_within_requested"),
                refused("trade_legs", with(leg(), "fee", "-0.01"), "trade_legs_fee_not_negative"),
                refused("trade_legs", with(leg(), "price", "-1"), "trade_legs_price_not_negative"),
                refused("trade_legs", with(leg(), "side", "'HOLD'"), "trade_legs_side_known"),
                refused("trade_legs", with(leg(), "status", "'DONE'"), "trade_legs_status_known"),
                refused("trade_legs", with(leg(), "filled_quantity", "5"), "trade_legs_status_matches_fill"),
                refused("trade_legs", with(leg(), "filled_quantity", "0", "status", "'PARTIAL'"),
                        "trade_legs_status_matches_fill"),
                refused("trade_legs", with(leg(), "filled_quantity", "1", "status", "'FAILED'"),
                        "trade_legs_status_matches_fill"),
                refused("trade_legs", with(leg(), "client_trade_id", "'no-such-trade'"), "trade_legs_trade_fkey"),
                refused("positions", with(position(), "size", "0"), "positions_open_has_size_and_no_close"),
                refused("positions", with(position(), "closed_at", "now()"), "positions_open_has_size_and_no_close"),
                refused("positions", with(closedPosition(), "size", "1"), "positions_open_has_size_and_no_close"),
                refused("positions", with(closedPosition(), "closed_at", "NULL"), "positions_open_has_size_and_no_close"),
                refused("positions", with(position(), "size", "-1"), "positions_open_has_size_and_no_close"),
                refused("positions", with(closedPosition(), "status", "'GONE'"), "positions_status_known"),
                refused("positions", with(position(), "side", "'FLAT'"), "positions_side_known"),
                refused("positions", with(position(), "fees", "-0.1"), "positions_fees_not_negative"),
                refused("positions", with(position(), "cost_basis", "-0.1"), "positions_cost_basis_not_negative"),
                refused("positions", with(position(), "average_entry_price", "-0.1"),
                        "positions_average_entry_price_not_negative"),
                refused("positions", with(position(), "current_price", "-0.1"), "positions_current_price_not_negative"),
                refused("positions", with(position(), "version", "-1"), "positions_version_not_negative"),
                refused("positions", with(position(), "id", "'p q'"), "positions_id_format"),
                refused("triggers", with(trigger(), "price", "0.89999999"), "triggers_price_reached_threshold"),
                refused("triggers", with(trigger(), "threshold", "-0.1", "price", "0"), "triggers_threshold_not_negative"),
                refused("triggers", with(trigger(), "market_trade_id", "''"), "triggers_market_trade_id_format"),
                refused("watermarks", with(watermark(), "position_id", "''"), "watermarks_position_id_format"),
                refused("watermarks", with(watermark(), "stream_key", "'a key'"), "watermarks_stream_key_format"),
                refused("trading_states", with(tradingState(), "status", "'PAUSED'"), "trading_states_status_known"),
                refused("trading_states", with(tradingState(), "reason", "NULL"), "trading_states_change_recorded"),
                refused("trading_states", with(tradingState(), "reason", "'  '"), "trading_states_change_recorded"),
                refused("trading_states", with(tradingState(), "changed_at", "NULL"), "trading_states_change_recorded"),
                refused("trading_states", with(tradingState(), "changed_by", "NULL"), "trading_states_change_recorded"),
                refused("trading_states", with(tradingState(), "status", "'REDUCING'", "changed_by", "''"),
                        "trading_states_change_recorded"),
                refused("trading_states", with(tradingState(), "resumed_by", "'bob'"), "trading_states_resume_recorded"),
                refused("trading_states", with(tradingState(), "version", "0"), "trading_states_version_positive"),
                refused("orders", with(order(), "status", "'DONE'"), "orders_status_known"),
                refused("orders", with(order(), "order_type", "'STOP'"), "orders_type_known"),
                refused("orders", with(order(), "mode", "'SIM'"), "orders_mode_known"),
                refused("orders", with(order(), "time_in_force", "'DAY'"), "orders_time_in_force_known"),
                refused("orders", with(order(), "limit_price", "NULL"), "orders_limit_price_by_type"),
                refused("orders", with(order(), "order_type", "'MARKET'"), "orders_limit_price_by_type"),
                refused("orders", with(order(), "quantity", "0", "filled_quantity", "0", "filled_notional", "0",
                        "status", "'FILLED'", "filled_at", "now()"), "orders_quantity_positive"),
                refused("orders", with(order(), "filled_quantity", "11"), "orders_filled_within_quantity"),
                refused("orders", with(order(), "filled_quantity", "10"), "orders_filled_iff_full"),
                refused("orders", with(order(), "status", "'FILLED'", "filled_at", "now()"), "orders_filled_iff_full"),
                refused("orders", with(order(), "filled_quantity", "0", "filled_notional", "0"),
                        "orders_partial_has_fill"),
                refused("orders", with(order(), "status", "'ACKNOWLEDGED'"), "orders_unfilled_states"),
                refused("orders", with(order(), "status", "'ACKNOWLEDGED'", "filled_quantity", "0", "filled_notional",
                        "0", "venue_order_id", "NULL"), "orders_acknowledged_has_venue_id"),
                refused("orders", with(order(), "partially_filled_at", "NULL"), "orders_status_has_its_time"),
                refused("orders", with(order(), "filled_quantity", "0", "status", "'CANCELLED'", "cancelled_at", "now()"),
                        "orders_filled_notional_not_negative"),
                refused("orders", with(order(), "fees", "-0.01"), "orders_fees_not_negative"),
                refused("orders", with(order(), "reason", "' '"), "orders_reason_not_blank"),
                refused("orders", with(order(), "venue", "'a b'"), "orders_venue_format"),
                refused("fills", with(fill(), "quantity", "0"), "fills_quantity_positive"),
                refused("fills", with(fill(), "price", "-0.1"), "fills_price_not_negative"),
                refused("fills", with(fill(), "fee", "-0.1"), "fills_fee_not_negative"),
                refused("fills", with(fill(), "liquidity", "'BOTH'"), "fills_liquidity_known"),
                refused("fills", with(fill(), "fill_id", "''"), "fills_fill_id_format"),
                refused("fills", with(fill(), "client_order_id", "'no-such-order'"), "fills_order_fkey"));
    }

    @BeforeAll
    static void parentTrade() throws SQLException {
        execute("INSERT INTO trades (account_id, client_trade_id, executed_at) VALUES ('a', '" + TRADE + "', now())");
        execute(insert("orders", with(order(), "client_order_id", "'" + ORDER + "'", "venue_order_id", "NULL",
                "status", "'SUBMITTED'", "filled_quantity", "0", "filled_notional", "0", "acknowledged_at", "NULL",
                "partially_filled_at", "NULL")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("refused")
    void refusesARowBreakingARule(String table, Map<String, String> values, String constraint) {
        try {
            execute(insert(table, uniqueKeys(table, values)));
            fail("the row was stored: " + values);
        } catch (SQLException e) {
            assertThat(e.getClass()).isEqualTo(PSQLException.class);
            assertThat(((PSQLException) e).getServerErrorMessage().getConstraint()).as(e.getMessage())
                    .isEqualTo(constraint);
            assertThat(e.getSQLState()).startsWith("23");
        }
    }

    @Test
    void theValidBaseRowsAreAccepted() throws SQLException {
        execute(insert("market_trades", uniqueKeys("market_trades", with(tape(), "price", "65000.5"))));
        execute(insert("trades", uniqueKeys("trades", trade())));
        execute(insert("trade_legs", with(leg(), "leg_no", "1", "filled_quantity", "4", "status", "'PARTIAL'")));
        execute(insert("positions", uniqueKeys("positions", position())));
        execute(insert("positions", uniqueKeys("positions", with(closedPosition(), "status", "'SETTLED'"))));
        execute(insert("triggers", uniqueKeys("triggers", trigger())));
        execute(insert("watermarks", uniqueKeys("watermarks", watermark())));
        execute(insert("trading_states", uniqueKeys("trading_states", with(tradingState(), "status", "'ACTIVE'",
                "reason", "NULL", "changed_by", "NULL", "changed_at", "NULL"))));
        execute(insert("orders", uniqueKeys("orders", order())));
        execute(insert("orders", uniqueKeys("orders", with(order(), "order_type", "'MARKET'", "limit_price", "NULL",
                "status", "'CANCELLED'", "cancelled_at", "now()", "reason", "'user'"))));
        execute(insert("fills", with(fill(), "fill_id", "'ok-fill'")));
    }

    @Test
    void aSecondOpenPositionInATokenIsRefusedByTheUniqueIndex() throws SQLException {
        execute(insert("positions", with(position(), "account_id", "'uniq'", "id", "'p1'")));
        execute(insert("positions", with(closedPosition(), "account_id", "'uniq'", "id", "'p2'")));
        try {
            execute(insert("positions", with(position(), "account_id", "'uniq'", "id", "'p3'")));
            fail("a second OPEN position was stored");
        } catch (PSQLException e) {
            assertThat(e.getSQLState()).isEqualTo("23505");
            assertThat(e.getServerErrorMessage().getConstraint()).isEqualTo("positions_one_open_per_token");
        }
    }

    private static Arguments refused(String table, Map<String, String> values, String constraint) {
        return Arguments.of(table, values, constraint);
    }

    /** Keys made unique (a fresh account, a fresh print id) so that only the broken rule can refuse the row. */
    private static Map<String, String> uniqueKeys(String table, Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        String key = table.equals("market_trades") ? "trade_id" : "account_id";
        String base = table.equals("market_trades") ? "'p'" : "'a'";
        if (!table.equals("trade_legs") && !table.equals("fills") && base.equals(copy.get(key))) {
            copy.put(key, "'" + UUID.randomUUID() + "'");
        }
        return copy;
    }

    private static Map<String, String> row(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> values = new LinkedHashMap<>(base);
        values.putAll(row(pairs));
        return values;
    }

    private static String insert(String table, Map<String, String> values) {
        return "INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") VALUES ("
                + values.values().stream().collect(Collectors.joining(", ")) + ")";
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = db.store().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
