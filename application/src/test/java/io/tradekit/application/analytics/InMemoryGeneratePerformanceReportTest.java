package io.tradekit.application.analytics;

import io.tradekit.application.testsupport.InMemoryStores;
import io.tradekit.domain.contract.JournalStoreUnderTest;

class InMemoryGeneratePerformanceReportTest extends GeneratePerformanceReportContract {
    @Override
    protected JournalStoreUnderTest store() {
        return InMemoryStores.fresh();
    }
}
