package io.tradekit.application.order;

import io.tradekit.application.testsupport.InMemoryStores;
import io.tradekit.domain.contract.JournalStoreUnderTest;

class InMemoryReconcileOrdersTest extends ReconcileOrdersContract {
    @Override
    protected JournalStoreUnderTest store() {
        return InMemoryStores.fresh();
    }
}
