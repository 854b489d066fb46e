package io.tradekit.adapters.postgres.watermark;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.contract.WatermarkRepositoryContract;
import io.tradekit.domain.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The WatermarkRepositoryContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresWatermarkRepositoryContractTest extends WatermarkRepositoryContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected StoreUnderTest store() {
        return db.underTest();
    }
}
