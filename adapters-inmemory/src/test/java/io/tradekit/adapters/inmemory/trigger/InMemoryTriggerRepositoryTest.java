package io.tradekit.adapters.inmemory.trigger;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;
import io.tradekit.domain.contract.TriggerRepositoryContract;
import io.tradekit.domain.contract.StoreUnderTest;

/** The TriggerRepositoryContract suite on the in-memory adapter, over one store shared by every contract test. */
class InMemoryTriggerRepositoryTest extends TriggerRepositoryContract {
    @Override
    protected StoreUnderTest store() {
        return SharedInMemoryStore.get();
    }
}
