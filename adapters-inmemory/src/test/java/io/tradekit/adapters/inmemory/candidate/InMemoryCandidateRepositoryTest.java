package io.tradekit.adapters.inmemory.candidate;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;
import io.tradekit.domain.contract.CandidateRepositoryContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;

/** The CandidateRepositoryContract suite on the in-memory adapter, over the shared store. */
class InMemoryCandidateRepositoryTest extends CandidateRepositoryContract {
    @Override
    protected JournalStoreUnderTest store() {
        return SharedInMemoryStore.journal();
    }
}
