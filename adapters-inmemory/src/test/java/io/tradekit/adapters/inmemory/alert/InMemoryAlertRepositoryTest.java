package io.tradekit.adapters.inmemory.alert;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;
import io.tradekit.domain.contract.AlertRepositoryContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;

/** The AlertRepositoryContract suite on the in-memory adapter, over the shared store. */
class InMemoryAlertRepositoryTest extends AlertRepositoryContract {
    @Override
    protected JournalStoreUnderTest store() {
        return SharedInMemoryStore.journal();
    }
}
