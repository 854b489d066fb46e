package io.tradekit.adapters.postgres.snapshot;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.contract.PerformanceSnapshotRepositoryContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PerformanceSnapshotRepositoryContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresPerformanceSnapshotRepositoryTest extends PerformanceSnapshotRepositoryContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected JournalStoreUnderTest store() {
        return db.journal();
    }
}
