package io.tradekit.application.tape;

import io.tradekit.application.testsupport.InMemoryStores;
import io.tradekit.domain.contract.JournalStoreUnderTest;

class InMemoryIngestPrintsTest extends IngestPrintsContract {
    @Override
    protected JournalStoreUnderTest store() {
        return InMemoryStores.fresh();
    }
}
