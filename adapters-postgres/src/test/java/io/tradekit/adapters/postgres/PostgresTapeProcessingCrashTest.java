package io.tradekit.adapters.postgres;

import io.tradekit.application.tape.TapeProcessingCrashContract;
import io.tradekit.domain.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tape-processing crash-replay contract (application test-jar), unchanged, on PostgreSQL. */
class PostgresTapeProcessingCrashTest extends TapeProcessingCrashContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected StoreUnderTest store() {
        return db.underTest();
    }
}
