package io.tradekit.application.sizing;

import io.tradekit.application.testsupport.InMemoryStores;
import io.tradekit.domain.contract.StoreUnderTest;

class InMemoryPositionSizerTest extends PositionSizerContract {
    @Override
    protected StoreUnderTest store() {
        return InMemoryStores.fresh();
    }
}
