package io.tradekit.adapters.postgres.limits;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.contract.RiskLimitSettingsRepositoryContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The RiskLimitSettingsRepositoryContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresRiskLimitSettingsRepositoryTest extends RiskLimitSettingsRepositoryContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected JournalStoreUnderTest store() {
        return db.journal();
    }
}
