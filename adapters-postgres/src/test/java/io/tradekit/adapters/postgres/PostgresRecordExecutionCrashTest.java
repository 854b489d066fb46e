package io.tradekit.adapters.postgres;

import io.tradekit.application.execution.RecordExecutionCrashContract;
import io.tradekit.domain.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The record-execution crash-replay contract (application test-jar), unchanged, on PostgreSQL. */
class PostgresRecordExecutionCrashTest extends RecordExecutionCrashContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected StoreUnderTest store() {
        return db.underTest();
    }
}
