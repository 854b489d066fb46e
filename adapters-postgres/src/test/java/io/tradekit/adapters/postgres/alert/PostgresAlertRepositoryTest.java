package io.tradekit.adapters.postgres.alert;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.contract.AlertRepositoryContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AlertRepositoryContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresAlertRepositoryTest extends AlertRepositoryContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected JournalStoreUnderTest store() {
        return db.journal();
    }
}
