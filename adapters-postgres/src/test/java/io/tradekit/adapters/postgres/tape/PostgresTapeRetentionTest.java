package io.tradekit.adapters.postgres.tape;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.contract.TapeRetentionContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The TapeRetentionContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresTapeRetentionTest extends TapeRetentionContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected JournalStoreUnderTest store() {
        return db.journal();
    }
}
