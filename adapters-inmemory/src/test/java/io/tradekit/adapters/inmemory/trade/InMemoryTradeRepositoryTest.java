package io.tradekit.adapters.inmemory.trade;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;
import io.tradekit.domain.contract.TradeRepositoryContract;
import io.tradekit.domain.contract.StoreUnderTest;

/** The TradeRepositoryContract suite on the in-memory adapter, over one store shared by every contract test. */
class InMemoryTradeRepositoryTest extends TradeRepositoryContract {
    @Override
    protected StoreUnderTest store() {
        return SharedInMemoryStore.get();
    }
}
