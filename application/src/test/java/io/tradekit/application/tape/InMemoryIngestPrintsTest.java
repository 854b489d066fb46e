package io.tradekit.application.tape;

import io.tradekit.application.testsupport.InMemoryStores;
import io.tradekit.domain.contract.StoreUnderTest;

class InMemoryIngestPrintsTest extends IngestPrintsContract {
    @Override
    protected StoreUnderTest store() {
        return InMemoryStores.fresh();
    }
}
