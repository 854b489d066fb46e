package io.tradekit.adapters.postgres.usecases;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.application.account.TradingStateUseCasesContract;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The application's TradingStateUseCasesContract, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresTradingStateUseCasesTest extends TradingStateUseCasesContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected JournalStoreUnderTest store() {
        return db.journal();
    }
}
