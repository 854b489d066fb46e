package io.tradekit.adapters.inmemory.tape;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;
import io.tradekit.domain.contract.MarketTradeRepositoryContract;
import io.tradekit.domain.contract.StoreUnderTest;

/** The MarketTradeRepositoryContract suite on the in-memory adapter, over one store shared by every contract test. */
class InMemoryMarketTradeRepositoryTest extends MarketTradeRepositoryContract {
    @Override
    protected StoreUnderTest store() {
        return SharedInMemoryStore.get();
    }
}
