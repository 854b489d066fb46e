package io.tradekit.application.testsupport;

import io.tradekit.adapters.inmemory.InMemoryStore;
import io.tradekit.domain.contract.JournalPorts;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import io.tradekit.domain.contract.StorePorts;
import io.tradekit.domain.contract.StoreUnderTest;

/** A fresh in-memory store seen through the contract suites' {@link StoreUnderTest}. */
public final class InMemoryStores {
    private InMemoryStores() {
    }

    public static JournalStoreUnderTest fresh() {
        InMemoryStore store = new InMemoryStore();
        return new JournalPorts(new StorePorts(store.marketTrades(), store.trades(), store.positions(),
                store.triggers(), store.watermarks(), store.tradingStates(), store.ledgers(), store.riskSnapshots(),
                store.orders(), store.unitOfWork()), store.decisions(), store.candidates(), store.alerts(),
                store.auditTrail(), store.riskLimitSettings(), store.performanceSnapshots(), store.tapeRetention());
    }
}
