package io.tradekit.application.position;

import io.tradekit.application.testsupport.InMemoryStores;
import io.tradekit.domain.contract.JournalStoreUnderTest;

class InMemoryMarkToMarketTest extends MarkToMarketContract {
    @Override
    protected JournalStoreUnderTest store() {
        return InMemoryStores.fresh();
    }
}
