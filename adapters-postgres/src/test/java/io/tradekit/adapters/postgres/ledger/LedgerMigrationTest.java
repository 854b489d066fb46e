package io.tradekit.adapters.postgres.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.postgres.PostgresStore;
import io.tradekit.adapters.postgres.PostgresTestServer;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.risk.RiskSnapshotRequest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.TokenId;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a V1 database: several accounts' histories (closes across several days, instants with two closes,
 * losing streaks, breakevens, settlements, open positions with marks, trades with filled, partial and failed
 * legs) written into a schema at version 1; each account's risk snapshot recorded with the V1 statement; the
 * schema migrated to the latest version; every snapshot read again through the store must be equal.
 */
class LedgerMigrationTest {
    private static final PostgresTestServer server = PostgresTestServer.get();
    private static final Instant DAY0 = Instant.parse("2026-02-25T00:00:00Z");
    private static final List<String> schemas = new ArrayList<>();

    @AfterAll
    static void dropSchemas() {
        schemas.forEach(server::dropSchema);
    }

    /** One open position an account holds, to ask the snapshot about its market, event and token. */
    private record Held(String condition, String event, String token) {
    }

    @Test
    void everyAccountsSnapshotIsTheSameAfterMigratingFromVersion1() throws Exception {
        String schema = server.freshSchema(LedgerMigrationTest.class);
        schemas.add(schema);
        Flyway.configure(getClass().getClassLoader()).dataSource(server.jdbcUrl(), server.user(), server.password())
                .schemas(schema).defaultSchema(schema).createSchemas(true).locations("classpath:db/migration")
                .target("1").load().migrate();

        Map<String, List<Held>> accounts = new LinkedHashMap<>();
        try (Connection c = server.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path TO " + schema);
            }
            Random random = new Random(20260302L);
            for (int a = 0; a < 6; a++) {
                String account = "mig-" + a;
                accounts.put(account, writeHistory(c, account, a, random));
            }
            c.commit();
        }

        List<Instant> dayStarts = List.of(DAY0, DAY0.plusSeconds(3 * 86_400L), Instant.parse("2026-03-01T14:30:00Z"),
                Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-05T00:00:00Z"));
        Map<String, RiskSnapshot> before = new LinkedHashMap<>();
        String v1 = resource("/v1/risk-snapshot-v1.sql");
        try (Connection c = server.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path TO " + schema);
            }
            for (Map.Entry<String, List<Held>> e : accounts.entrySet()) {
                for (Instant day : dayStarts) {
                    for (Held h : asked(e.getValue())) {
                        before.put(key(e.getKey(), day, h), v1Snapshot(c, v1, e.getKey(), day, h));
                    }
                }
            }
        }

        int ledgers;
        try (PostgresStore store = PostgresStore.create(server.settings(schema))) {
            for (Map.Entry<String, List<Held>> e : accounts.entrySet()) {
                for (Instant day : dayStarts) {
                    for (Held h : asked(e.getValue())) {
                        RiskSnapshot after = store.riskSnapshots().snapshot(new RiskSnapshotRequest(
                                AccountId.of(e.getKey()), day, ConditionId.of(h.condition()),
                                h.event() == null ? null : EventId.of(h.event()), TokenId.of(h.token())));
                        assertThat(after).as("%s", key(e.getKey(), day, h)).isEqualTo(before.get(key(e.getKey(), day, h)));
                    }
                }
            }
            try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM account_ledgers")) {
                rs.next();
                ledgers = rs.getInt(1);
            }
        }
        // every account but the one that only holds open positions has realized or paid something
        assertThat(ledgers).isEqualTo(accounts.size() - 1);
        assertThat(before).hasSize(accounts.size() * dayStarts.size() * 2);
        // the sanity of the fixture: the histories do make streaks, peaks and today's figures
        assertThat(before.values()).anyMatch(s -> s.losingStreak() >= 2);
        assertThat(before.values()).anyMatch(s -> s.peakRealizedNet().isPositive()
                && s.peakRealizedNet().compareTo(s.realizedNetTotal()) > 0);
        assertThat(before.values()).anyMatch(s -> s.realizedPnlToday().signum() != 0 && s.tradesToday() > 0);
        System.out.println("ledger migration: " + accounts.size() + " accounts (" + ledgers + " ledgers built), "
                + before.size() + " snapshots equal before and after V2");
    }

    private static List<Held> asked(List<Held> held) {
        List<Held> asked = new ArrayList<>();
        asked.add(held.isEmpty() ? new Held("none", "none", "none") : held.get(0));
        asked.add(new Held("other", null, "other"));
        return asked;
    }

    private static String key(String account, Instant day, Held h) {
        return account + " since " + day + " in " + h;
    }

    /**
     * Account 0..5: 0-3 mixed histories, 4 losses only plus trades, 5 open positions only. Returns its open
     * positions.
     */
    private static List<Held> writeHistory(Connection c, String account, int a, Random random) throws SQLException {
        List<Held> held = new ArrayList<>();
        int closes = a == 5 ? 0 : 30 + random.nextInt(20);
        Instant at = DAY0.plusSeconds(3600);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO positions (account_id, id, condition_id, token_id,"
                + " event_id, side, status, size, average_entry_price, cost_basis, current_price, realized_pnl, fees,"
                + " opened_at, updated_at, closed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < closes; i++) {
                // two closes in one instant every few closes (a market settling both tokens); else hours apart
                if (i % 7 != 3) {
                    at = at.plusSeconds(1800 + random.nextInt(4 * 3600));
                }
                BigDecimal fees = cents(random.nextInt(30));
                BigDecimal realized;
                if (a == 4) {
                    realized = cents(-random.nextInt(500) - 1);
                } else if (i % 11 == 5) {
                    realized = fees;                               // a breakeven: net exactly 0
                } else {
                    realized = cents(random.nextInt(1000) - 520);
                }
                String status = i % 5 == 0 ? "SETTLED" : "CLOSED";
                position(p, account, "c" + (char) ('a' + random.nextInt(26)) + i, "m" + (i % 4), "tok-" + i,
                        i % 3 == 0 ? "ev" + (i % 2) : null, i % 4 == 0 ? "SHORT" : "LONG", status, BigDecimal.ZERO,
                        new BigDecimal("0.5"), BigDecimal.ZERO, new BigDecimal("0.5"), realized, fees,
                        at.minusSeconds(7200), at, at);
            }
            if (a != 4) {
                for (int i = 0; i < 3; i++) {
                    String token = "open-tok-" + i;
                    String event = i == 2 ? null : "ev" + i;
                    // cost = size x entry; marked elsewhere: unrealized includes HALF_EVEN ties (0.5 x 0.00000003)
                    BigDecimal size = i == 2 ? new BigDecimal("0.5") : BigDecimal.valueOf(10 + random.nextInt(90));
                    BigDecimal entry = i == 2 ? new BigDecimal("0.00000003") : cents(10 + random.nextInt(80));
                    BigDecimal mark = i == 2 ? new BigDecimal("0.00000001") : cents(5 + random.nextInt(90));
                    BigDecimal cost = size.multiply(entry).setScale(8, java.math.RoundingMode.HALF_EVEN);
                    position(p, account, "open-" + i, "m" + i, token, event, i == 1 ? "SHORT" : "LONG", "OPEN", size,
                            entry, cost, mark, i == 0 ? cents(150) : BigDecimal.ZERO, cents(i + 1),
                            DAY0.plusSeconds(600), DAY0.plusSeconds(900), null);
                    held.add(new Held("m" + i, event, token));
                }
            }
            p.executeBatch();
        }
        if (a == 5) {
            return held;
        }
        try (PreparedStatement t = c.prepareStatement(
                "INSERT INTO trades (account_id, client_trade_id, executed_at, event_id) VALUES (?, ?, ?, NULL)");
                PreparedStatement l = c.prepareStatement("INSERT INTO trade_legs (account_id, client_trade_id, leg_no,"
                        + " condition_id, token_id, side, requested_quantity, filled_quantity, price, fee, status)"
                        + " VALUES (?, ?, ?, 'm', 'tok', 'BUY', 10, ?, 0.5, ?, ?)")) {
            Instant when = DAY0.plusSeconds(1200);
            for (int i = 0; i < 40; i++) {
                when = when.plusSeconds(600 + random.nextInt(5 * 3600));
                String id = "t" + i;
                t.setString(1, account);
                t.setString(2, id);
                t.setObject(3, OffsetDateTime.ofInstant(when, ZoneOffset.UTC));
                t.addBatch();
                int legs = 1 + random.nextInt(2);
                for (int leg = 0; leg < legs; leg++) {
                    int kind = random.nextInt(3);                   // FILLED, PARTIAL, FAILED
                    l.setString(1, account);
                    l.setString(2, id);
                    l.setInt(3, leg);
                    l.setBigDecimal(4, kind == 0 ? BigDecimal.TEN : kind == 1 ? new BigDecimal("4") : BigDecimal.ZERO);
                    l.setBigDecimal(5, kind == 2 && random.nextBoolean() ? BigDecimal.ZERO : cents(random.nextInt(20)));
                    l.setString(6, kind == 0 ? "FILLED" : kind == 1 ? "PARTIAL" : "FAILED");
                    l.addBatch();
                }
            }
            t.executeBatch();
            l.executeBatch();
        }
        return held;
    }

    private static void position(PreparedStatement p, String account, String id, String condition, String token,
            String event, String side, String status, BigDecimal size, BigDecimal entry, BigDecimal cost,
            BigDecimal current, BigDecimal realized, BigDecimal fees, Instant opened, Instant updated, Instant closed)
            throws SQLException {
        p.setString(1, account);
        p.setString(2, id);
        p.setString(3, condition);
        p.setString(4, token);
        p.setString(5, event);
        p.setString(6, side);
        p.setString(7, status);
        p.setBigDecimal(8, size);
        p.setBigDecimal(9, entry);
        p.setBigDecimal(10, cost);
        p.setBigDecimal(11, current);
        p.setBigDecimal(12, realized);
        p.setBigDecimal(13, fees);
        p.setObject(14, OffsetDateTime.ofInstant(opened, ZoneOffset.UTC));
        p.setObject(15, OffsetDateTime.ofInstant(updated, ZoneOffset.UTC));
        p.setObject(16, closed == null ? null : OffsetDateTime.ofInstant(closed, ZoneOffset.UTC));
        p.setLong(17, 1);
        p.addBatch();
    }

    private static BigDecimal cents(int cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static RiskSnapshot v1Snapshot(Connection c, String sql, String account, Instant day, Held h)
            throws SQLException {
        Map<String, Object> params = Map.of("accountId", account, "conditionId", h.condition(), "tokenId", h.token(),
                "dayStart", OffsetDateTime.ofInstant(day, ZoneOffset.UTC));
        List<Object> values = new ArrayList<>();
        Matcher m = Pattern.compile(":(\\w+)").matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            values.add(m.group(1).equals("eventId") ? h.event() : params.get(m.group(1)));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        try (PreparedStatement p = c.prepareStatement(jdbc.toString())) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    p.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    p.setObject(i + 1, values.get(i));
                }
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                String heldSide = rs.getString("held_side");
                OffsetDateTime last = rs.getObject("last_close_at", OffsetDateTime.class);
                return new RiskSnapshot(rs.getLong("open_positions"), money(rs, "capital_at_risk"),
                        money(rs, "unrealized_pnl"), money(rs, "market_exposure"), money(rs, "event_exposure"),
                        heldSide == null ? null : PositionSide.valueOf(heldSide),
                        Quantity.of(rs.getBigDecimal("held_size")), money(rs, "realized_pnl_today"),
                        money(rs, "fees_today"), rs.getLong("trades_today"), money(rs, "realized_net_total"),
                        money(rs, "peak_realized_net"), rs.getInt("losing_streak"),
                        last == null ? null : last.toInstant());
            }
        }
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        return Money.of(rs.getBigDecimal(column));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = LedgerMigrationTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        }
    }
}
