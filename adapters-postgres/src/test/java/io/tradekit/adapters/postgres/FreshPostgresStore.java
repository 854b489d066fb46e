package io.tradekit.adapters.postgres;

import io.tradekit.domain.contract.JournalPorts;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import io.tradekit.domain.contract.StorePorts;
import io.tradekit.domain.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated {@link PostgresStore} in a schema of its own for one test class, dropped after the class:
 * <pre>{@code @RegisterExtension static final FreshPostgresStore db = new FreshPostgresStore();}</pre>
 * A contract test then returns {@code db.underTest()} from {@code store()}.
 */
public final class FreshPostgresStore implements BeforeAllCallback, AfterAllCallback {
    private PostgresStore store;

    @Override
    public void beforeAll(ExtensionContext context) {
        store = PostgresTestServer.get().freshStore(context.getRequiredTestClass());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (store != null) {
            store.close();
            PostgresTestServer.get().dropSchema(store.schema());
            store = null;
        }
    }

    public PostgresStore store() {
        if (store == null) {
            throw new IllegalStateException("the store exists from @BeforeAll to @AfterAll of the test class; register"
                    + " this extension on a static field with @RegisterExtension");
        }
        return store;
    }

    /** The store as the contract suites take it. */
    public StoreUnderTest underTest() {
        PostgresStore store = store();
        return new StorePorts(store.marketTrades(), store.trades(), store.positions(), store.triggers(),
                store.watermarks(), store.tradingStates(), store.ledgers(), store.riskSnapshots(), store.orders(),
                store.unitOfWork());
    }

    /** The store with its journal ports, as the journal's contract suites take it. */
    public JournalStoreUnderTest journal() {
        PostgresStore store = store();
        return new JournalPorts(underTest(), store.decisions(), store.candidates(), store.alerts(), store.auditTrail(),
                store.riskLimitSettings(), store.performanceSnapshots(), store.tapeRetention());
    }

    public PostgresTestServer server() {
        return PostgresTestServer.get();
    }
}
