package io.tradekit.application.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.inmemory.InMemoryStore;
import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.position.PositionStatus;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A pre-trade check on the in-memory store for ONE account with 50 open positions and 10,000, then 1,000,000
 * closed positions (each booked to the ledger, 20 today), every limit configured: decisions per second at both
 * sizes, measured side by side in one run. Target: at least 200,000 decisions/s at 1,000,000 closes.
 *
 * <pre>./mvnw -B -q -pl application -am verify -Dgroups=benchmark -Dsurefire.excludedGroups= \
 *     -Dtest=RiskCheckBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("benchmark")
class RiskCheckBenchmark {
    private static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant NOW = DAY.plusSeconds(15 * 3600);
    private static final int SMALL = 10_000;
    private static final int LARGE = Integer.getInteger("tradekit.bench.closes", 1_000_000);
    private static final long MEASURE_NANOS = Duration.ofSeconds(2).toNanos();
    private static final int ROUNDS = 7;

    private final InMemoryStore store = new InMemoryStore();
    private final AccountId account = AccountId.of("bench-risk");

    @Test
    void decisionsPerSecondDoNotDependOnHistory() {
        for (int i = 0; i < 50; i++) {
            store.positions().insert(Positions.open(account).condition(ConditionId.of("bench-m" + (i % 10)))
                    .token(TokenId.of("bench-t" + i)).event(EventId.of("bench-e" + (i % 5))).size("100").price("0.40")
                    .at(DAY.minusSeconds(86_400)).build());
        }
        PreTradeRiskCheck check = new PreTradeRiskCheck(store.riskSnapshots(), store.tradingStates(),
                Clock.fixed(NOW, ZoneOffset.UTC), RiskLimits.builder()
                        .startingCapital(Money.of("1000000")).maxDailyLoss(Money.of("100000"))
                        .maxDrawdownPercent(new BigDecimal("99")).cooldownAfterLosses(1000, Duration.ofMinutes(5))
                        .maxTradesPerDay(1_000_000).maxOpenPositions(1000).maxOrderNotional(Money.of("1000000"))
                        .maxCapitalAtRisk(Money.of("10000000")).maxMarketExposure(Money.of("10000000"))
                        .maxEventExposure(Money.of("10000000")).build());
        ProposedOrder order = new ProposedOrder(account, ConditionId.of("bench-m0"), EventId.of("bench-e0"),
                TokenId.of("bench-t0"), Side.BUY, Quantity.of("10"), Price.of("0.5"));

        // closes go back in time from today: close i at DAY + 1200 s - i minutes (1..20 today)
        bookFor(account, LARGE, 1);
        // the 10k account: a second account (same open book) with the most recent 10,000 of the same closes
        ProposedOrder smallOrder = withHistory(SMALL);
        // alternate the two sizes over several rounds (GC of the loaded heap and a shared machine vary over
        // time) and compare the medians
        double[] small = new double[ROUNDS];
        double[] large = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            System.gc();
            small[round] = rate(check, smallOrder);
            large[round] = rate(check, order);
            System.out.printf(Locale.ROOT, "round %d: 10k=%,.0f decisions/s 1M=%,.0f decisions/s%n", round + 1,
                    small[round], large[round]);
        }
        java.util.Arrays.sort(small);
        java.util.Arrays.sort(large);
        RiskDecision decision = check.evaluate(order);
        assertThat(decision.snapshot().openPositions()).isEqualTo(50);
        assertThat(decision.snapshot().realizedPnlToday()).isNotEqualTo(Money.ZERO);
        double p50Small = small[ROUNDS / 2];
        double p50Large = large[ROUNDS / 2];
        System.out.printf(Locale.ROOT, "in-memory risk check 10k=%,.0f decisions/s 1M=%,.0f decisions/s ratio=%.2f%n",
                p50Small, p50Large, p50Large / p50Small);
    }

    private ProposedOrder withHistory(int closes) {
        AccountId small = AccountId.of("bench-risk-10k");
        for (int i = 0; i < 50; i++) {
            store.positions().insert(Positions.open(small).condition(ConditionId.of("bench-m" + (i % 10)))
                    .token(TokenId.of("bench-t" + i)).event(EventId.of("bench-e" + (i % 5))).size("100").price("0.40")
                    .at(DAY.minusSeconds(86_400)).build());
        }
        bookFor(small, closes, 1);
        return new ProposedOrder(small, ConditionId.of("bench-m0"), EventId.of("bench-e0"), TokenId.of("bench-t0"),
                Side.BUY, Quantity.of("10"), Price.of("0.5"));
    }

    /** Stores closes {@code from} down to {@code downTo} and books each to the ledger, 100 per save. */
    private void bookFor(AccountId who, int from, int downTo) {
        AccountLedger ledger = store.ledgers().find(who, Instant.MAX).orElseGet(() -> AccountLedger.empty(who));
        int inBatch = 0;
        for (long i = from; i >= downTo; i--) {
            Instant at = DAY.plusSeconds(1200 - i * 60);
            Money realized = Money.of(BigDecimal.valueOf((i * 7919) % 1001 - 500, 2));
            Money fees = Money.of(BigDecimal.valueOf(i % 7, 2));
            Position closed = Position.restore(PositionId.of("bench-c" + i), who, ConditionId.of("bench-cm" + (i % 100)),
                    TokenId.of("bench-ct" + i), null, PositionSide.LONG, PositionStatus.CLOSED, Quantity.ZERO,
                    Price.of("0.5"), Money.ZERO, Price.of("0.5"), realized, fees, at.minusSeconds(3600), at, at, 0);
            store.positions().insert(closed);
            ledger = ledger.book(at, realized, Money.ZERO, 0).close(closed.netRealizedPnl(), at);
            if (++inBatch == 100) {
                store.ledgers().save(ledger);
                // reload without entries: a ledger that started empty keeps every entry booked on it
                ledger = store.ledgers().find(who, Instant.MAX).orElseThrow();
                inBatch = 0;
            }
        }
        store.ledgers().save(ledger);
    }

    private static double rate(PreTradeRiskCheck check, ProposedOrder order) {
        for (int i = 0; i < 50_000; i++) {
            check.evaluate(order);
        }
        long count = 0;
        long t0 = System.nanoTime();
        long elapsed;
        do {
            for (int i = 0; i < 1000; i++) {
                check.evaluate(order);
            }
            count += 1000;
            elapsed = System.nanoTime() - t0;
        } while (elapsed < MEASURE_NANOS);
        return count / (elapsed / 1e9);
    }
}
