package io.tradekit.adapters.postgres.usecases;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.application.order.SimulatePaperFillsContract;
import io.tradekit.domain.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The application's SimulatePaperFillsContract, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresSimulatePaperFillsTest extends SimulatePaperFillsContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected StoreUnderTest store() {
        return db.underTest();
    }
}
