package io.tradekit.adapters.postgres.tape;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.contract.MarketTradeRepositoryContract;
import io.tradekit.domain.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The MarketTradeRepositoryContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresMarketTradeRepositoryContractTest extends MarketTradeRepositoryContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected StoreUnderTest store() {
        return db.underTest();
    }
}
