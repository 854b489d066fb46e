package io.tradekit.adapters.inmemory.tape;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;
import io.tradekit.domain.contract.TapeRetentionContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;

/** The TapeRetentionContract suite on the in-memory adapter, over the shared store. */
class InMemoryTapeRetentionTest extends TapeRetentionContract {
    @Override
    protected JournalStoreUnderTest store() {
        return SharedInMemoryStore.journal();
    }
}
