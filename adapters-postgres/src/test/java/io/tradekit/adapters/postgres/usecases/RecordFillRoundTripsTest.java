package io.tradekit.adapters.postgres.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.adapters.postgres.PostgresStore;
import io.tradekit.adapters.postgres.PostgresTestServer;
import io.tradekit.application.retry.RetryPolicy;
import io.tradekit.application.retry.RetryingUnitOfWork;
import io.tradekit.application.order.RecordFill;
import io.tradekit.application.order.RecordFillCommand;
import io.tradekit.application.order.RecordFillResult;
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
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Recording a fill on PostgreSQL takes at most 3 network round trips (issue 12), COMMIT included: (1) the read of
 * the order, whether the fill is booked, the open position and the account's ledger row, one statement, with the
 * BEGIN that pgjdbc sends in the same flush; (2) one statement that books the fill with its order, position,
 * ledger and ledger entry; (3) the COMMIT. A repeat of a booked fill takes 2: the read and the COMMIT.
 *
 * <p>Counted twice: at the JDBC boundary (statements executed and commits, through proxies, so a hidden extra
 * query cannot pass) and below the driver, at the socket ({@link RoundTripCountingSocketFactory}: each time the
 * client sent bytes and then waited for the answer), which also catches anything the driver or Spring sends on its
 * own (a separate BEGIN, a validation query). The counted store runs on one physical connection, so no pool
 * checkout or connection start is in the figures.
 */
class RecordFillRoundTripsTest {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger commits = new AtomicInteger();

    @Test
    void aFillTakesThreeRoundTripsWithTheCommitAndARepeatTwo() {
        AccountId account = Ids.account();
        PostgresTestServer server = db.server();
        String url = server.jdbcUrl() + (server.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema="
                + db.store().schema() + "&socketFactory=" + RoundTripCountingSocketFactory.class.getName();
        SingleConnectionDataSource oneConnection = new SingleConnectionDataSource(url, server.user(),
                server.password(), true);
        try (PostgresStore counted = PostgresStore.using(counting(oneConnection), db.store().schema(), false)) {
            Order order = Orders.order(account).build().submit(Instant.parse("2026-03-01T12:00:00Z"));
            counted.orders().insertIfAbsent(order);
            RecordFill recordFill = new RecordFill(counted.orders(), new RetryingUnitOfWork(counted.unitOfWork(), RetryPolicy.DEFAULT));

            RecordFillCommand first = command(account, order, "f1", "4");
            assertThat(countRun(() -> recordFill.record(first)).recorded()).isTrue();
            System.out.printf("record fill (opening the position, first ledger row): %d statements + %d COMMIT,"
                    + " %d round trips%n", statements.get(), commits.get(), RoundTripCountingSocketFactory.ROUND_TRIPS.get());
            assertThat(statements.get()).as("opening fill: statements").isEqualTo(2);
            assertThat(commits.get()).as("opening fill: commits").isEqualTo(1);
            assertThat(RoundTripCountingSocketFactory.ROUND_TRIPS.get()).as("opening fill: round trips")
                    .isLessThanOrEqualTo(3);

            RecordFillCommand second = command(account, order, "f2", "3");
            assertThat(countRun(() -> recordFill.record(second)).recorded()).isTrue();
            System.out.printf("record fill (moving the position and the ledger): %d statements + %d COMMIT,"
                    + " %d round trips%n", statements.get(), commits.get(), RoundTripCountingSocketFactory.ROUND_TRIPS.get());
            assertThat(statements.get()).as("increasing fill: statements").isEqualTo(2);
            assertThat(commits.get()).as("increasing fill: commits").isEqualTo(1);
            assertThat(RoundTripCountingSocketFactory.ROUND_TRIPS.get()).as("increasing fill: round trips")
                    .isLessThanOrEqualTo(3);

            assertThat(countRun(() -> recordFill.record(second)).recorded()).isFalse();
            assertThat(statements.get()).as("a repeat: only the read").isEqualTo(1);
            assertThat(RoundTripCountingSocketFactory.ROUND_TRIPS.get()).as("a repeat: the read and the COMMIT")
                    .isLessThanOrEqualTo(2);

            // what was booked is what the use case computed: the ledger counts both fees and one trade
            assertThat(counted.ledgers().find(account, Instant.parse("2026-03-01T00:00:00Z")).orElseThrow()
                    .day(Instant.parse("2026-03-01T00:00:00Z")).fees()).isEqualTo(Money.of("0.02"));
        } finally {
            oneConnection.destroy();
        }
    }

    private RecordFillResult countRun(java.util.function.Supplier<RecordFillResult> run) {
        statements.set(0);
        commits.set(0);
        RoundTripCountingSocketFactory.ROUND_TRIPS.set(0);
        return run.get();
    }

    private static RecordFillCommand command(AccountId account, Order order, String fill, String quantity) {
        return new RecordFillCommand(account, OrderRef.client(order.clientOrderId()), FillId.of(Ids.unique(fill)),
                Quantity.of(quantity), Price.of("0.40"), Money.of("0.01"), Liquidity.TAKER,
                Instant.parse("2026-03-01T12:00:01Z"));
    }

    private DataSource counting(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    private Connection connection(Connection real) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        commits.incrementAndGet();
                    }
                    Object result = invoke(real, method, args);
                    if (result instanceof Statement s) {
                        return statement(s, method.getReturnType());
                    }
                    return result;
                });
    }

    private Object statement(Statement real, Class<?> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                statements.incrementAndGet();
            }
            return invoke(real, method, args);
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
