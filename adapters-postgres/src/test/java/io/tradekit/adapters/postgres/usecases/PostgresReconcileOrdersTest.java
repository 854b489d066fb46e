package io.tradekit.adapters.postgres.usecases;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.application.order.ReconcileOrdersContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The application's ReconcileOrdersContract, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresReconcileOrdersTest extends ReconcileOrdersContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected JournalStoreUnderTest store() {
        return db.journal();
    }
}
