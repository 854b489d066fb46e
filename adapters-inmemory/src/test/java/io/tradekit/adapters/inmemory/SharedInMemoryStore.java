package io.tradekit.adapters.inmemory;

import io.tradekit.domain.contract.StoreUnderTest;

/**
 * One store for all contract tests of this module, as a database would be: it proves the suites never
 * assume an empty store and never see each other's data.
 */
public final class SharedInMemoryStore {
    private static final StoreUnderTest STORE = InMemoryStoreUnderTest.fresh();

    private SharedInMemoryStore() {
    }

    public static StoreUnderTest get() {
        return STORE;
    }
}
