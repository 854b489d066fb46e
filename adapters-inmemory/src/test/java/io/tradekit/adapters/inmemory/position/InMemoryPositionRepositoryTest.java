package io.tradekit.adapters.inmemory.position;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;
import io.tradekit.domain.contract.PositionRepositoryContract;
import io.tradekit.domain.contract.StoreUnderTest;

/** The PositionRepositoryContract suite on the in-memory adapter, over one store shared by every contract test. */
class InMemoryPositionRepositoryTest extends PositionRepositoryContract {
    @Override
    protected StoreUnderTest store() {
        return SharedInMemoryStore.get();
    }
}
