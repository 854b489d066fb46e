package io.tradekit.adapters.inmemory.audit;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;
import io.tradekit.domain.contract.AuditTrailContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;

/** The AuditTrailContract suite on the in-memory adapter, over the shared store. */
class InMemoryAuditTrailTest extends AuditTrailContract {
    @Override
    protected JournalStoreUnderTest store() {
        return SharedInMemoryStore.journal();
    }
}
