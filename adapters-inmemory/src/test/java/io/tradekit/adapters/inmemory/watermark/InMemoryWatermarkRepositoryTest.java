package io.tradekit.adapters.inmemory.watermark;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;
import io.tradekit.domain.contract.WatermarkRepositoryContract;
import io.tradekit.domain.contract.StoreUnderTest;

/** The WatermarkRepositoryContract suite on the in-memory adapter, over one store shared by every contract test. */
class InMemoryWatermarkRepositoryTest extends WatermarkRepositoryContract {
    @Override
    protected StoreUnderTest store() {
        return SharedInMemoryStore.get();
    }
}
