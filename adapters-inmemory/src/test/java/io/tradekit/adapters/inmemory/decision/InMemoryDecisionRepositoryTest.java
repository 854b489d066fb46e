package io.tradekit.adapters.inmemory.decision;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;
import io.tradekit.domain.contract.DecisionRepositoryContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;

/** The DecisionRepositoryContract suite on the in-memory adapter, over the shared store. */
class InMemoryDecisionRepositoryTest extends DecisionRepositoryContract {
    @Override
    protected JournalStoreUnderTest store() {
        return SharedInMemoryStore.journal();
    }
}
