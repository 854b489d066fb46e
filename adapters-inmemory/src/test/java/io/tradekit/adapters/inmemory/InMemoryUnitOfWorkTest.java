package io.tradekit.adapters.inmemory;

import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.contract.UnitOfWorkContract;

/** The UnitOfWorkContract suite on the in-memory adapter, over one store shared by every contract test. */
class InMemoryUnitOfWorkTest extends UnitOfWorkContract {
    @Override
    protected StoreUnderTest store() {
        return SharedInMemoryStore.get();
    }
}
