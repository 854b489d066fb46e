package io.tradekit.adapters.inmemory.snapshot;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;
import io.tradekit.domain.contract.PerformanceSnapshotRepositoryContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;

/** The PerformanceSnapshotRepositoryContract suite on the in-memory adapter, over the shared store. */
class InMemoryPerformanceSnapshotRepositoryTest extends PerformanceSnapshotRepositoryContract {
    @Override
    protected JournalStoreUnderTest store() {
        return SharedInMemoryStore.journal();
    }
}
