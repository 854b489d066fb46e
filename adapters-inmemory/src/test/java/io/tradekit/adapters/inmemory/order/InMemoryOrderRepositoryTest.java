package io.tradekit.adapters.inmemory.order;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;

import io.tradekit.domain.contract.OrderRepositoryContract;
import io.tradekit.domain.contract.StoreUnderTest;

/** The OrderRepositoryContract suite, unchanged, on the shared in-memory store. */
class InMemoryOrderRepositoryTest extends OrderRepositoryContract {
    @Override
    protected StoreUnderTest store() {
        return SharedInMemoryStore.get();
    }
}
