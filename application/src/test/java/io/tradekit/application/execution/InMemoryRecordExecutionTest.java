package io.tradekit.application.execution;

import io.tradekit.application.testsupport.InMemoryStores;
import io.tradekit.domain.contract.StoreUnderTest;

class InMemoryRecordExecutionTest extends RecordExecutionContract {
    @Override
    protected StoreUnderTest store() {
        return InMemoryStores.fresh();
    }
}
