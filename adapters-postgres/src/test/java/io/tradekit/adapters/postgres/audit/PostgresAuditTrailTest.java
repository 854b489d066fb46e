package io.tradekit.adapters.postgres.audit;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.contract.AuditTrailContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AuditTrailContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresAuditTrailTest extends AuditTrailContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected JournalStoreUnderTest store() {
        return db.journal();
    }
}
