package io.tradekit.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every read a port makes is answered from an index: over a book of many accounts (analyzed), each mapped
 * statement is EXPLAINed with sequential scans priced out; the plan must use the index named for it and
 * never scan a whole table.
 */
class IndexUsageTest {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private static final String NS = "io.tradekit.adapters.postgres.";
    private static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");

    @BeforeAll
    static void manyAccounts() throws SQLException {
        try (Connection c = db.store().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO market_trades
                    SELECT 'p' || i, 'c' || (i % 50), 't' || (i % 100), 0.5, 1, 'BUY',
                           timestamptz '2024-01-01' + i * interval '1 second'
                    FROM generate_series(1, 20000) i""");
            s.execute("""
                    INSERT INTO positions
                    SELECT 'a' || (i % 40), 'pos' || i, 'c' || (i % 50), 't' || i, 'e' || (i % 7), 'LONG',
                           CASE WHEN i % 10 = 0 THEN 'OPEN' ELSE 'CLOSED' END,
                           CASE WHEN i % 10 = 0 THEN 1 ELSE 0 END, 0.5, 0, 0.5, 0, 0,
                           timestamptz '2024-01-01', timestamptz '2024-01-01',
                           CASE WHEN i % 10 = 0 THEN NULL ELSE timestamptz '2024-01-01' + i * interval '1 minute' END, 0
                    FROM generate_series(1, 20000) i""");
            s.execute("""
                    INSERT INTO trades
                    SELECT 'a' || (i % 40), 'tr' || i, timestamptz '2024-01-01' + i * interval '1 minute', NULL
                    FROM generate_series(1, 20000) i""");
            s.execute("""
                    INSERT INTO trade_legs
                    SELECT account_id, client_trade_id, 0, 'c', 't', 'BUY', 1, 1, 0.5, 0.01, 'FILLED' FROM trades""");
            s.execute("""
                    INSERT INTO triggers
                    SELECT 'a' || (i % 40), 'c' || i, 't' || i, 0.9, 0.9, 'p' || i, timestamptz '2024-01-01',
                           timestamptz '2024-01-01' FROM generate_series(1, 20000) i""");
            s.execute("""
                    INSERT INTO watermarks
                    SELECT 'a' || (i % 40), 'consumer' || i, 'c' || (i % 50), timestamptz '2024-01-01', 'p' || i
                    FROM generate_series(1, 20000) i""");
            s.execute("""
                    INSERT INTO decisions (account_id, decision_id, strategy_id, decided_at, condition_id, token_id,
                                           action, proposed_size, proposed_price, confidence, reasoning, source_data)
                    SELECT 'a' || (i % 40), 'd' || i, 's', timestamptz '2024-01-01' + i * interval '1 second',
                           'c' || (i % 50), 't' || i, 'BUY', 1, 0.5, 0.5, 'r', '{}'
                    FROM generate_series(1, 20000) i""");
            s.execute("""
                    INSERT INTO decision_orders (account_id, client_order_id, decision_id)
                    SELECT account_id, 'o' || decision_id, decision_id FROM decisions""");
            s.execute("""
                    INSERT INTO audit_entries (account_id, subject, subject_id, before_state, after_state, changed_by,
                                               changed_at)
                    SELECT 'a' || (i % 40), 'RISK_LIMITS', 'x', '', 'y', 'ops',
                           timestamptz '2024-01-01' + i * interval '1 minute'
                    FROM generate_series(1, 20000) i""");
            s.execute("""
                    INSERT INTO orders (account_id, client_order_id, venue, venue_order_id, condition_id, token_id,
                                        group_id, side, order_type, limit_price, quantity, time_in_force, mode, external,
                                        status, filled_quantity, filled_notional, fees, new_at, submitted_at,
                                        acknowledged_at, cancelled_at, updated_at, version)
                    SELECT 'a' || (i % 40), 'o' || i, 'v', 'vo' || i, 'c' || (i % 50), 't' || (i % 100),
                           CASE WHEN i % 2 = 0 THEN 'g' || (i / 2) END, 'BUY', 'LIMIT', 0.5, 10, 'GTC', 'LIVE', false,
                           CASE WHEN i % 10 = 0 THEN 'ACKNOWLEDGED' ELSE 'CANCELLED' END, 0, 0, 0,
                           timestamptz '2024-01-01' + i * interval '1 second', timestamptz '2024-01-01',
                           timestamptz '2024-01-01', timestamptz '2024-01-02', timestamptz '2024-01-01', 0
                    FROM generate_series(1, 20000) i""");
            s.execute("""
                    INSERT INTO fills
                    SELECT account_id, 'v', 'f' || client_order_id, client_order_id, 1, 0.5, 0, 'TAKER',
                           new_at, false FROM orders""");
            s.execute("VACUUM ANALYZE");
        }
    }

    @Test
    void tapeReads() throws SQLException {
        assertThat(plan("tape.MarketTradeMapper.findAfter", Map.of("conditionId", "c7", "afterTs", AT, "afterId", "x",
                "limit", 100))).contains("market_trades_condition_ts_trade").doesNotContain("Seq Scan", "Sort");
        assertThat(plan("tape.MarketTradeMapper.findConditionsTradedSince", Map.of("since", AT)))
                .contains("market_trades_ts").doesNotContain("Seq Scan");
        assertThat(plan("tape.MarketTradeMapper.findById", Map.of("tradeId", "x"))).contains("market_trades_pkey");
        // the whole tape of a window: in time order off the index, ties sorted a few rows at a time, never the window
        java.util.Map<String, Object> window = new java.util.HashMap<>(Map.of("from", AT, "to", AT.plusSeconds(86_400)));
        window.put("markets", null);
        assertThat(plan("tape.MarketTradeMapper.streamWindow", window)).contains("market_trades_ts",
                "Incremental Sort", "Presorted Key: ts").doesNotContain("Seq Scan");
        window.put("markets", java.util.List.of("c7", "c8"));
        assertThat(plan("tape.MarketTradeMapper.streamWindow", window)).contains("market_trades_")
                .doesNotContain("Seq Scan");
    }

    @Test
    void positionReads() throws SQLException {
        Map<String, Object> window = new HashMap<>(Map.of("accountId", "a7", "from", AT, "to", AT.plusSeconds(60)));
        window.put("conditionId", null);
        assertThat(plan("position.PositionMapper.streamCloses", window)).contains("positions_closes")
                .doesNotContain("Seq Scan", "Sort");
        assertThat(plan("position.PositionMapper.summarizeCloses", window)).contains("positions_closes")
                .doesNotContain("Seq Scan");
        window.put("conditionId", "c7");
        assertThat(plan("position.PositionMapper.summarizeCloses", window)).contains("positions_closes")
                .doesNotContain("Seq Scan");
        assertThat(plan("position.PositionMapper.findOpenByToken", Map.of("accountId", "a7", "tokenId", "t7")))
                .contains("positions_one_open_per_token");
        assertThat(plan("position.PositionMapper.findOpenByCondition", Map.of("accountId", "a7", "conditionId", "c7")))
                .contains("positions_open_by_condition");
        assertThat(plan("position.PositionMapper.findOpenByAccount", Map.of("accountId", "a7")))
                .containsPattern("positions_(one_open_per_token|open_by_condition|open_by_event)")
                .doesNotContain("Seq Scan");
        assertThat(plan("position.PositionMapper.findById", Map.of("accountId", "a7", "id", "pos7")))
                .contains("positions_pkey");
    }

    @Test
    void riskSnapshotUsesAnIndexForEachPart() throws SQLException {
        Map<String, Object> request = new HashMap<>(Map.of("accountId", "a7", "dayStart",
                Instant.parse("2024-01-14T00:00:00Z")));

        // open positions, the ledger row, the day's entries: nothing reads the closes any more
        assertThat(plan("risk.RiskSnapshotMapper.snapshot", request))
                .containsPattern("positions_(one_open_per_token|open_by_\\w+)") // a partial index on OPEN rows
                .contains("account_ledgers_pkey", "account_ledger_entries_at").doesNotContain("Seq Scan")
                .doesNotContain("positions_closes").doesNotContain("trades");
        assertThat(plan("ledger.AccountLedgerMapper.find", Map.of("accountId", "a7"))).contains("account_ledgers_pkey");
        assertThat(plan("ledger.AccountLedgerMapper.findEntriesSince", Map.of("accountId", "a7", "since",
                Instant.parse("2024-01-14T00:00:00Z")))).contains("account_ledger_entries_at");
    }

    @Test
    void otherReads() throws SQLException {
        assertThat(plan("trigger.TriggerMapper.findByCondition", Map.of("accountId", "a7", "conditionId", "c7",
                "threshold", new BigDecimal("0.9")))).contains("triggers_pkey");
        assertThat(plan("trigger.TriggerMapper.findByToken", Map.of("accountId", "a7", "tokenId", "t7",
                "threshold", new BigDecimal("0.9")))).contains("triggers_token_threshold_key");
        assertThat(plan("trigger.TriggerMapper.findByAccount", Map.of("accountId", "a7"))).doesNotContain("Seq Scan");
        assertThat(plan("watermark.WatermarkMapper.find", Map.of("accountId", "a7", "consumerId", "c", "streamKey", "k")))
                .contains("watermarks_pkey");
        assertThat(plan("trade.TradeMapper.find", Map.of("accountId", "a7", "clientTradeId", "tr7")))
                .contains("trades_pkey", "trade_legs_pkey").doesNotContain("Seq Scan");
        assertThat(plan("account.TradingStateMapper.find", Map.of("accountId", "a7"))).contains("trading_states_pkey");
    }

    @Test
    void journalReads() throws SQLException {
        Map<String, Object> page = new HashMap<>(Map.of("accountId", "a7", "from", AT, "to", AT.plusSeconds(60),
                "limit", 50));
        page.put("conditionId", null);
        page.put("afterAt", null);
        page.put("afterId", null);
        assertThat(plan("decision.DecisionMapper.findPage", page)).contains("decisions_account_time")
                .doesNotContain("Seq Scan", "Sort");
        page.put("conditionId", "c7");
        page.put("afterAt", AT.plusSeconds(30));
        page.put("afterId", "d9");
        assertThat(plan("decision.DecisionMapper.findPage", page)).contains("decisions_account_market_time")
                .doesNotContain("Seq Scan", "Sort");
        assertThat(plan("decision.DecisionMapper.find", Map.of("accountId", "a7", "decisionId", "d7")))
                .contains("decisions_pkey", "decision_orders_by_decision").doesNotContain("Seq Scan");
        // the retention index on stream_key does not take over the watermark's own lookup
        assertThat(plan("watermark.WatermarkMapper.find", Map.of("accountId", "a7", "consumerId", "consumer7",
                "streamKey", "c7"))).contains("watermarks_pkey");
        assertThat(plan("decision.DecisionMapper.findDecisionOfOrder", Map.of("accountId", "a7",
                "clientOrderId", "o7"))).contains("decision_orders_pkey");
        assertThat(plan("alert.AlertMapper.findOpen", Map.of("accountId", "a7"))).contains("alerts_open")
                .doesNotContain("Seq Scan");
        assertThat(plan("candidate.CandidateMapper.findPending", Map.of("accountId", "a7")))
                .contains("candidates_pending").doesNotContain("Seq Scan");
        assertThat(plan("candidate.CandidateMapper.findDueToExpire", Map.of("now", AT, "limit", 100)))
                .contains("candidates_pending_expiry").doesNotContain("Seq Scan");
        assertThat(plan("candidate.CandidateMapper.findApproved", Map.of("accountId", "a7", "from", AT,
                "to", AT.plusSeconds(60)))).contains("candidates_approved").doesNotContain("Seq Scan");
        assertThat(plan("audit.AuditTrailMapper.findByAccount", Map.of("accountId", "a7", "from", AT,
                "to", AT.plusSeconds(60)))).contains("audit_entries_account_time").doesNotContain("Seq Scan");
        assertThat(plan("snapshot.PerformanceSnapshotMapper.findSeries", Map.of("accountId", "a7", "from", AT,
                "to", AT.plusSeconds(60)))).contains("performance_snapshots_pkey").doesNotContain("Seq Scan");
        assertThat(plan("limits.RiskLimitSettingsMapper.find", Map.of("accountId", "a7")))
                .contains("risk_limit_settings_pkey");
        Map<String, Object> retention = new HashMap<>(Map.of("olderThan", AT.plusSeconds(600), "limit", 1000));
        retention.put("afterTs", AT);
        retention.put("afterId", "p100");
        assertThat(plan("tape.MarketTradeMapper.removeBatch", retention)).contains("market_trades_ts")
                .doesNotContain("Seq Scan on market_trades");
    }

    @Test
    void orderReads() throws SQLException {
        assertThat(plan("order.OrderMapper.findByClientId", Map.of("accountId", "a7", "clientOrderId", "o7")))
                .contains("orders_pkey");
        assertThat(plan("order.OrderMapper.findByVenueId", Map.of("accountId", "a7", "venue", "v",
                "venueOrderId", "vo7"))).contains("orders_venue_order_key");
        assertThat(plan("order.OrderMapper.findOpen", Map.of("accountId", "a7"))).contains("orders_open")
                .doesNotContain("Seq Scan");
        assertThat(plan("order.OrderMapper.findByMarket", Map.of("accountId", "a7", "conditionId", "c7")))
                .contains("orders_by_market").doesNotContain("Seq Scan");
        assertThat(plan("order.OrderMapper.findByGroup", Map.of("accountId", "a7", "groupId", "g7")))
                .contains("orders_by_group").doesNotContain("Seq Scan");
        assertThat(plan("order.OrderMapper.findFill", Map.of("accountId", "a7", "venue", "v", "fillId", "fo7")))
                .contains("fills_pkey");
        assertThat(plan("order.OrderMapper.fillsOf", Map.of("accountId", "a7", "clientOrderId", "o7")))
                .contains("fills_of_order").doesNotContain("Seq Scan");
        assertThat(plan("order.OrderMapper.fillsBetween", Map.of("accountId", "a7", "from", AT,
                "to", AT.plusSeconds(600)))).contains("fills_by_time").doesNotContain("Seq Scan");
        Map<String, Object> byClient = new HashMap<>(Map.of("accountId", "a7", "clientOrderId", "o7", "fillId", "fo7"));
        byClient.put("venue", null);
        byClient.put("venueOrderId", null);
        assertThat(plan("order.OrderMapper.findForFill", byClient))
                .contains("orders_pkey", "fills_pkey", "positions_one_open_per_token").doesNotContain("Seq Scan");
        Map<String, Object> byVenue = new HashMap<>(Map.of("accountId", "a7", "venue", "v", "venueOrderId", "vo7",
                "fillId", "fo7"));
        byVenue.put("clientOrderId", null);
        assertThat(plan("order.OrderMapper.findForFill", byVenue))
                .contains("orders_venue_order_key", "fills_pkey").doesNotContain("Seq Scan");
    }

    private static String plan(String statement, Map<String, Object> parameters) throws SQLException {
        MappedStatement ms = db.store().sessionFactory().getConfiguration().getMappedStatement(NS + statement);
        BoundSql sql = ms.getBoundSql(parameters);
        try (Connection c = db.store().dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                c.createStatement().execute("SET LOCAL enable_seqscan = off");
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql.getSql())) {
                    new DefaultParameterHandler(ms, parameters, sql).setParameters(ps);
                    StringBuilder plan = new StringBuilder();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            plan.append(rs.getString(1)).append('\n');
                        }
                    }
                    return plan.toString();
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
