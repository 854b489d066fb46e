package io.tradekit.adapters.postgres;

import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.contract.UnitOfWorkContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The UnitOfWorkContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresUnitOfWorkContractTest extends UnitOfWorkContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected StoreUnderTest store() {
        return db.underTest();
    }
}
