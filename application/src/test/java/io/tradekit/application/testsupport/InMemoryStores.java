package io.tradekit.application.testsupport;

import io.tradekit.adapters.inmemory.InMemoryStore;
import io.tradekit.domain.contract.StorePorts;
import io.tradekit.domain.contract.StoreUnderTest;

/** A fresh in-memory store seen through the contract suites' {@link StoreUnderTest}. */
public final class InMemoryStores {
    private InMemoryStores() {
    }

    public static StoreUnderTest fresh() {
        InMemoryStore store = new InMemoryStore();
        return new StorePorts(store.marketTrades(), store.trades(), store.positions(), store.triggers(),
                store.watermarks(), store.tradingStates(), store.ledgers(), store.riskSnapshots(), store.orders(),
                store.unitOfWork());
    }
}
