package io.tradekit.adapters.postgres.account;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.contract.TradingStateRepositoryContract;
import io.tradekit.domain.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The TradingStateRepositoryContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresTradingStateRepositoryContractTest extends TradingStateRepositoryContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected StoreUnderTest store() {
        return db.underTest();
    }
}
