package io.tradekit.adapters.postgres.usecases;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.application.ledger.AccountLedgerContract;
import io.tradekit.domain.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The application's AccountLedgerContract, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresAccountLedgerTest extends AccountLedgerContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected StoreUnderTest store() {
        return db.underTest();
    }
}
