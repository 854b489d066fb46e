package io.tradekit.adapters.inmemory.limits;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;
import io.tradekit.domain.contract.RiskLimitSettingsRepositoryContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;

/** The RiskLimitSettingsRepositoryContract suite on the in-memory adapter, over the shared store. */
class InMemoryRiskLimitSettingsRepositoryTest extends RiskLimitSettingsRepositoryContract {
    @Override
    protected JournalStoreUnderTest store() {
        return SharedInMemoryStore.journal();
    }
}
