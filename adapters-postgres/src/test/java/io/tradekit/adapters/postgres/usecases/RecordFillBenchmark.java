package io.tradekit.adapters.postgres.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.application.retry.RetryPolicy;
import io.tradekit.application.retry.RetryingUnitOfWork;
import io.tradekit.application.order.RecordFill;
import io.tradekit.application.order.RecordFillCommand;
import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Liquidity;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderRef;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Orders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * RecordFill on PostgreSQL: fills per second with 1 and with 4 threads over 100 accounts (one open order each,
 * every fill a new venue fill id, each booked with its order and moving the account's position). A thread works
 * its own share of the accounts, as one bot process per account group would. Rounds alternate which runs
 * first; the medians are compared side by side.
 *
 * <pre>./mvnw -B -q -pl adapters-postgres -am verify -Dgroups=benchmark -Dsurefire.excludedGroups= \
 *     -Dtest=RecordFillBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dtradekit.bench.fills=4000]</pre>
 */
@Tag("benchmark")
class RecordFillBenchmark {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private static final int ACCOUNTS = 100;
    private static final int FILLS = Integer.getInteger("tradekit.bench.fills", 4000);
    private static final int ROUNDS = Integer.getInteger("tradekit.bench.rounds", 5);
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

    private final AtomicLong fillNo = new AtomicLong();
    private List<Order> orders;
    private RecordFill recordFill;

    @Test
    void fillsPerSecondWithOneAndFourThreads() throws Exception {
        recordFill = new RecordFill(db.store().orders(), new RetryingUnitOfWork(db.store().unitOfWork(), RetryPolicy.DEFAULT));
        orders = new ArrayList<>();
        for (int a = 0; a < ACCOUNTS; a++) {
            AccountId account = Ids.account();
            Order order = Orders.order(account).quantity("1000000000").build().submit(T);
            db.store().orders().insertIfAbsent(order);
            orders.add(order);
        }
        run(1, FILLS / 4);
        run(4, FILLS / 4);

        double[] one = new double[ROUNDS];
        double[] four = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            if (round % 2 == 0) {
                one[round] = run(1, FILLS);
                four[round] = run(4, FILLS);
            } else {
                four[round] = run(4, FILLS);
                one[round] = run(1, FILLS);
            }
            System.out.printf(Locale.ROOT, "round %d: 1 thread %,.0f fills/s, 4 threads %,.0f fills/s (%.2fx)%n",
                    round + 1, one[round], four[round], four[round] / one[round]);
        }
        double m1 = median(one);
        double m4 = median(four);
        System.out.printf(Locale.ROOT, "record fill on PostgreSQL, %d accounts, %,d fills per run, median of %d rounds:"
                + " 1 thread %,.0f fills/s, 4 threads %,.0f fills/s (ratio of medians %.2f)%n", ACCOUNTS, FILLS,
                ROUNDS, m1, m4, m4 / m1);
    }

    /** Records {@code fills} fills spread over the accounts on {@code threads} threads; returns fills/s. */
    private double run(int threads, int fills) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> work = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    int recorded = 0;
                    for (int i = thread; i < fills; i += threads) {
                        Order order = orders.get((i / threads * threads + thread) % ACCOUNTS);
                        if (recordFill.record(new RecordFillCommand(order.accountId(),
                                OrderRef.client(order.clientOrderId()), FillId.of("bench-" + fillNo.incrementAndGet()),
                                Quantity.of("1"), Price.of("0.40"), Money.of("0.001"), Liquidity.TAKER, T))
                                .recorded()) {
                            recorded++;
                        }
                    }
                    return recorded;
                }));
            }
            int total = 0;
            for (Future<Integer> f : work) {
                total += f.get();
            }
            long elapsed = System.nanoTime() - start;
            assertThat(total).isEqualTo(fills);
            return fills / (elapsed / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
