package io.tradekit.adapters.inmemory.account;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;
import io.tradekit.domain.contract.TradingStateRepositoryContract;
import io.tradekit.domain.contract.StoreUnderTest;

/** The TradingStateRepositoryContract suite on the in-memory adapter, over one store shared by every contract test. */
class InMemoryTradingStateRepositoryTest extends TradingStateRepositoryContract {
    @Override
    protected StoreUnderTest store() {
        return SharedInMemoryStore.get();
    }
}
