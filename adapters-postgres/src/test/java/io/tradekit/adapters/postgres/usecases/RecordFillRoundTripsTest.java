package io.tradekit.adapters.postgres.usecases;

import io.tradekit.application.ledger.LedgerPosting;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.adapters.postgres.PostgresStore;
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

/**
 * Recording a fill on PostgreSQL: 3 statements for the fill, its order and the position, each one round trip
 * (pgjdbc sends the BEGIN with the first): read the context, book fill and order, write the position; then the
 * account ledger's own read and save (issue 10's step, counted apart by the tables it names), and the COMMIT.
 * Counted at the JDBC boundary, so a hidden extra query cannot pass.
 */
class RecordFillRoundTripsTest {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger ledgerStatements = new AtomicInteger();
    private final AtomicInteger commits = new AtomicInteger();

    @Test
    void aFillTakesThreeStatementsAndARepeatOne() {
        AccountId account = Ids.account();
        try (PostgresStore counted = PostgresStore.using(counting(db.store().dataSource()), db.store().schema(),
                false)) {
            Order order = Orders.order(account).build().submit(Instant.parse("2026-03-01T12:00:00Z"));
            counted.orders().insertIfAbsent(order);
            RecordFill recordFill = new RecordFill(counted.orders(), counted.positions(), new LedgerPosting(counted.ledgers()),
                    counted.unitOfWork());

            RecordFillCommand first = command(account, order, "f1", "4");
            assertThat(countRun(() -> recordFill.record(first)).recorded()).isTrue();
            assertThat(statements.get()).as("opening fill: statements").isEqualTo(3);
            assertThat(ledgerStatements.get()).as("opening fill: the ledger's").isLessThanOrEqualTo(3);
            assertThat(commits.get()).isEqualTo(1);
            System.out.printf("record fill: %d statements + %d of the ledger + COMMIT%n", statements.get(),
                    ledgerStatements.get());

            RecordFillCommand second = command(account, order, "f2", "3");
            assertThat(countRun(() -> recordFill.record(second)).recorded()).isTrue();
            assertThat(statements.get()).as("increasing fill: statements").isEqualTo(3);
            assertThat(ledgerStatements.get()).as("increasing fill: the ledger's").isLessThanOrEqualTo(3);

            assertThat(countRun(() -> recordFill.record(second)).recorded()).isFalse();
            assertThat(statements.get()).as("a repeat: only the read").isEqualTo(1);
            assertThat(ledgerStatements.get()).as("a repeat: no ledger").isZero();
        }
    }

    private RecordFillResult countRun(java.util.function.Supplier<RecordFillResult> run) {
        statements.set(0);
        ledgerStatements.set(0);
        commits.set(0);
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
                        boolean ledger = args != null && args.length > 0 && args[0] instanceof String sql
                                && sql.contains("account_ledger");
                        return statement(s, method.getReturnType(), ledger);
                    }
                    return result;
                });
    }

    private Object statement(Statement real, Class<?> type, boolean ledger) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                (ledger ? ledgerStatements : statements).incrementAndGet();
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
