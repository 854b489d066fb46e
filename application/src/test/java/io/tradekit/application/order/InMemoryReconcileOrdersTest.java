package io.tradekit.application.order;

import io.tradekit.application.testsupport.InMemoryStores;
import io.tradekit.domain.contract.StoreUnderTest;

class InMemoryReconcileOrdersTest extends ReconcileOrdersContract {
    @Override
    protected StoreUnderTest store() {
        return InMemoryStores.fresh();
    }
}
