package io.tradekit.adapters.postgres.usecases;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.application.execution.RecordExecutionCrashContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The application's RecordExecutionCrashContract, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresRecordExecutionCrashTest extends RecordExecutionCrashContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected JournalStoreUnderTest store() {
        return db.journal();
    }
}
