package io.tradekit.application.ledger;

import io.tradekit.application.testsupport.InMemoryStores;
import io.tradekit.domain.contract.StoreUnderTest;

class InMemoryAccountLedgerTest extends AccountLedgerContract {
    @Override
    protected StoreUnderTest store() {
        return InMemoryStores.fresh();
    }
}
