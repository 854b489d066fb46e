package io.tradekit.adapters.postgres.usecases;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.application.execution.RecordExecutionContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The application's RecordExecutionContract, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresRecordExecutionTest extends RecordExecutionContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected JournalStoreUnderTest store() {
        return db.journal();
    }
}
