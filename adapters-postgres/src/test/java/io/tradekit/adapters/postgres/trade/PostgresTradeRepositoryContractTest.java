package io.tradekit.adapters.postgres.trade;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.contract.TradeRepositoryContract;
import io.tradekit.domain.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The TradeRepositoryContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresTradeRepositoryContractTest extends TradeRepositoryContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected StoreUnderTest store() {
        return db.underTest();
    }
}
