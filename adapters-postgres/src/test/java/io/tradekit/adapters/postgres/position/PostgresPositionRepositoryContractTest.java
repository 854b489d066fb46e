package io.tradekit.adapters.postgres.position;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.contract.PositionRepositoryContract;
import io.tradekit.domain.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PositionRepositoryContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresPositionRepositoryContractTest extends PositionRepositoryContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected StoreUnderTest store() {
        return db.underTest();
    }
}
