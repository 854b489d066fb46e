package io.tradekit.adapters.postgres.candidate;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.contract.CandidateRepositoryContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CandidateRepositoryContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresCandidateRepositoryTest extends CandidateRepositoryContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected JournalStoreUnderTest store() {
        return db.journal();
    }
}
