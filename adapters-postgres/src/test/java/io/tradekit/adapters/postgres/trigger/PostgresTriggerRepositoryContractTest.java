package io.tradekit.adapters.postgres.trigger;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.contract.TriggerRepositoryContract;
import io.tradekit.domain.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The TriggerRepositoryContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresTriggerRepositoryContractTest extends TriggerRepositoryContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected StoreUnderTest store() {
        return db.underTest();
    }
}
