package io.tradekit.adapters.postgres.decision;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.contract.DecisionRepositoryContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The DecisionRepositoryContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresDecisionRepositoryTest extends DecisionRepositoryContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected JournalStoreUnderTest store() {
        return db.journal();
    }
}
