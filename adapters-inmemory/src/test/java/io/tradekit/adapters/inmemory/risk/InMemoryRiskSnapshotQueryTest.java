package io.tradekit.adapters.inmemory.risk;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;
import io.tradekit.domain.contract.RiskSnapshotQueryContract;
import io.tradekit.domain.contract.StoreUnderTest;

/** The RiskSnapshotQueryContract suite on the in-memory adapter, over one store shared by every contract test. */
class InMemoryRiskSnapshotQueryTest extends RiskSnapshotQueryContract {
    @Override
    protected StoreUnderTest store() {
        return SharedInMemoryStore.get();
    }
}
