package io.tradekit.adapters.postgres.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.application.analytics.GeneratePerformanceReport;
import io.tradekit.application.analytics.PerformanceReport;
import io.tradekit.application.analytics.PerformanceReportCommand;
import io.tradekit.application.risk.PreTradeRiskCheck;
import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.application.risk.RiskDecision;
import io.tradekit.application.risk.RiskLimits;
import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.testdata.Positions;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A pre-trade check on PostgreSQL for ONE account with 50 open positions and 10,000, then 1,000,000 closed
 * positions (with a ledger entry each, 20 of them today), every limit configured: p50 and p99 latency of
 * {@code PreTradeRiskCheck.evaluate} (its two round trips) at both sizes, side by side in one run. Then
 * {@code GeneratePerformanceReport} over the 1,000,000 closes. The history is loaded with
 * {@code generate_series} straight into the tables, and the ledger row is the fold of those closes by
 * {@link AccountLedger} itself (a fixture, not business logic).
 *
 * <pre>./mvnw -B -q -pl adapters-postgres -am verify -Dgroups=benchmark -Dsurefire.excludedGroups= \
 *     -Dtest=RiskCheckBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("benchmark")
class RiskCheckBenchmark {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant NOW = DAY.plusSeconds(15 * 3600);
    private static final int SMALL = 10_000;
    private static final int LARGE = Integer.getInteger("tradekit.bench.closes", 1_000_000);
    private static final int WARMUP = 1_000;
    private static final int CHECKS = Integer.getInteger("tradekit.bench.checks", 3_000);

    private final AccountId account = AccountId.of("bench-risk");
    private final ConditionId market = ConditionId.of("bench-m0");
    private final EventId event = EventId.of("bench-e0");

    @Test
    void aRiskCheckCostsTheSameWithAMillionCloses() throws Exception {
        for (int i = 0; i < 50; i++) {
            db.store().positions().insert(Positions.open(account).condition(ConditionId.of("bench-m" + (i % 10)))
                    .token(TokenId.of("bench-t" + i)).event(EventId.of("bench-e" + (i % 5))).size("100")
                    .price("0.40").at(DAY.minusSeconds(86_400)).build());
        }
        PreTradeRiskCheck check = new PreTradeRiskCheck(db.store().riskSnapshots(), db.store().tradingStates(),
                Clock.fixed(NOW, ZoneOffset.UTC), RiskLimits.builder()
                        .startingCapital(Money.of("1000000")).maxDailyLoss(Money.of("100000"))
                        .maxDrawdownPercent(new BigDecimal("99")).cooldownAfterLosses(1000, Duration.ofMinutes(5))
                        .maxTradesPerDay(1_000_000).maxOpenPositions(1000).maxOrderNotional(Money.of("1000000"))
                        .maxCapitalAtRisk(Money.of("10000000")).maxMarketExposure(Money.of("10000000"))
                        .maxEventExposure(Money.of("10000000")).build());
        ProposedOrder order = new ProposedOrder(account, market, event, TokenId.of("bench-t0"), Side.BUY,
                Quantity.of("10"), Price.of("0.5"));

        loadCloses(1, SMALL);
        double[] small = measure(check, order);
        loadCloses(SMALL + 1, LARGE);
        double[] large = measure(check, order);

        RiskDecision decision = check.evaluate(order);
        assertThat(decision.snapshot().openPositions()).isEqualTo(50);
        assertThat(decision.snapshot().tradesToday()).isZero();
        assertThat(decision.snapshot().realizedNetTotal()).isEqualTo(ledgerOf(LARGE).realizedNetTotal());

        double p50Small = percentile(small, 50);
        double p50Large = percentile(large, 50);
        System.out.printf(Locale.ROOT, "risk check p50 10k=%.3f ms 1M=%.3f ms ratio=%.2f p99 1M=%.3f ms%n",
                p50Small, p50Large, p50Large / p50Small, percentile(large, 99));

        GeneratePerformanceReport report = new GeneratePerformanceReport(db.store().positions(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        PerformanceReportCommand command = PerformanceReportCommand.of(account, DAY.minus(Duration.ofDays(800)),
                DAY.plus(Duration.ofDays(1)), Money.of("1000000"));
        double[] seconds = new double[3];
        PerformanceReport last = null;
        for (int i = 0; i < seconds.length; i++) {
            long t0 = System.nanoTime();
            last = report.generate(command);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "performance report over %,d closes: median %.2f s (runs %.2f, %.2f, %.2f s)%n",
                LARGE, seconds[1], seconds[0], seconds[1], seconds[2]);
        assertThat(last).isNotNull();
    }

    private double[] measure(PreTradeRiskCheck check, ProposedOrder order) {
        for (int i = 0; i < WARMUP; i++) {
            check.evaluate(order);
        }
        double[] ms = new double[CHECKS];
        for (int i = 0; i < CHECKS; i++) {
            long t0 = System.nanoTime();
            check.evaluate(order);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    // close i: DAY + 1200 s - i minutes (closes 1..20 are today), realized and fees from i alone
    private static final String CLOSED_AT = "(timestamptz '2026-03-02 00:20:00+00' - i * interval '1 minute')";
    private static final String REALIZED = "(((i * 7919) % 1001) - 500) / 100.0";
    private static final String FEES = "(i % 7) / 100.0";

    private static BigDecimal realized(long i) {
        return BigDecimal.valueOf((i * 7919) % 1001 - 500, 2);
    }

    private static BigDecimal fees(long i) {
        return BigDecimal.valueOf(i % 7, 2);
    }

    private static Instant closedAt(long i) {
        return DAY.plusSeconds(1200 - i * 60);
    }

    /** The ledger of closes 1..n, folded in close-time order by AccountLedger's own rules. */
    private AccountLedger ledgerOf(int n) {
        AccountLedger ledger = AccountLedger.empty(account);
        for (long i = n; i >= 1; i--) {
            ledger = ledger.close(Money.of(realized(i).subtract(fees(i))), closedAt(i));
        }
        return ledger;
    }

    private void loadCloses(int from, int to) throws Exception {
        long t0 = System.nanoTime();
        AccountLedger ledger = ledgerOf(to);
        try (Connection c = db.store().dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO positions (account_id, id, condition_id, token_id,"
                    + " event_id, side, status, size, average_entry_price, cost_basis, current_price, realized_pnl, fees,"
                    + " opened_at, updated_at, closed_at, version) SELECT ?, 'bench-c' || i, 'bench-cm' || (i % 100),"
                    + " 'bench-ct' || i, NULL, 'LONG', 'CLOSED', 0, 0.5, 0, 0.5, " + REALIZED + ", " + FEES + ", "
                    + CLOSED_AT + " - interval '1 hour', " + CLOSED_AT + ", " + CLOSED_AT + ", 1"
                    + " FROM generate_series(?::bigint, ?::bigint) AS i")) {
                p.setString(1, account.value());
                p.setLong(2, from);
                p.setLong(3, to);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO account_ledgers (account_id, closes,"
                    + " realized_net_total, peak_realized_net, peak_before_last_close, losing_streak, last_close_at,"
                    + " entry_count, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (account_id) DO UPDATE SET"
                    + " closes = excluded.closes, realized_net_total = excluded.realized_net_total,"
                    + " peak_realized_net = excluded.peak_realized_net,"
                    + " peak_before_last_close = excluded.peak_before_last_close,"
                    + " losing_streak = excluded.losing_streak, last_close_at = excluded.last_close_at,"
                    + " entry_count = excluded.entry_count, version = account_ledgers.version + 1")) {
                p.setString(1, account.value());
                p.setLong(2, ledger.closes());
                p.setBigDecimal(3, ledger.realizedNetTotal().amount());
                p.setBigDecimal(4, ledger.peakRealizedNet().amount());
                p.setBigDecimal(5, ledger.peakBeforeLastClose().amount());
                p.setInt(6, ledger.losingStreak());
                p.setObject(7, OffsetDateTime.ofInstant(ledger.lastCloseAt(), ZoneOffset.UTC));
                p.setLong(8, to);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO account_ledger_entries (account_id, seq, at,"
                    + " realized_pnl, fees, trades) SELECT ?, i, " + CLOSED_AT + ", " + REALIZED + ", 0, 0"
                    + " FROM generate_series(?::bigint, ?::bigint) AS i")) {
                p.setString(1, account.value());
                p.setLong(2, from);
                p.setLong(3, to);
                p.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE positions");
                s.execute("VACUUM ANALYZE account_ledgers");
                s.execute("VACUUM ANALYZE account_ledger_entries");
            }
        }
        System.out.printf(Locale.ROOT, "loaded closes %,d..%,d in %.1f s%n", from, to, (System.nanoTime() - t0) / 1e9);
    }
}
