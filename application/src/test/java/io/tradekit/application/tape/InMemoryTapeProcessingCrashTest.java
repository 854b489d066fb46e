package io.tradekit.application.tape;

import io.tradekit.application.testsupport.InMemoryStores;
import io.tradekit.domain.contract.JournalStoreUnderTest;

class InMemoryTapeProcessingCrashTest extends TapeProcessingCrashContract {
    @Override
    protected JournalStoreUnderTest store() {
        return InMemoryStores.fresh();
    }
}
