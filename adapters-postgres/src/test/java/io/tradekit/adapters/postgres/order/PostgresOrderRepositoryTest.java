package io.tradekit.adapters.postgres.order;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.contract.OrderRepositoryContract;
import io.tradekit.domain.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OrderRepositoryContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresOrderRepositoryTest extends OrderRepositoryContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected StoreUnderTest store() {
        return db.underTest();
    }
}
