package io.tradekit.adapters.inmemory;

import io.tradekit.domain.contract.JournalPorts;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import io.tradekit.domain.contract.StorePorts;
import io.tradekit.domain.contract.StoreUnderTest;

/**
 * One store for all contract tests of this module, as a database would be: it proves the suites never
 * assume an empty store and never see each other's data.
 */
public final class SharedInMemoryStore {
    private static final InMemoryStore SHARED = new InMemoryStore();
    private static final StoreUnderTest STORE = ports(SHARED);
    private static final JournalStoreUnderTest JOURNAL = new JournalPorts(STORE, SHARED.decisions(),
            SHARED.candidates(), SHARED.alerts(), SHARED.auditTrail(), SHARED.riskLimitSettings(),
            SHARED.performanceSnapshots(), SHARED.tapeRetention());

    private SharedInMemoryStore() {
    }

    public static StoreUnderTest get() {
        return STORE;
    }

    /** The same store with its journal ports. */
    public static JournalStoreUnderTest journal() {
        return JOURNAL;
    }

    private static StoreUnderTest ports(InMemoryStore store) {
        return new StorePorts(store.marketTrades(), store.trades(), store.positions(), store.triggers(),
                store.watermarks(), store.tradingStates(), store.ledgers(), store.riskSnapshots(), store.orders(),
                store.unitOfWork());
    }
}
