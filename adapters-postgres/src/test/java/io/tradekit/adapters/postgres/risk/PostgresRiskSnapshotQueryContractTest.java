package io.tradekit.adapters.postgres.risk;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.contract.RiskSnapshotQueryContract;
import io.tradekit.domain.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The RiskSnapshotQueryContract suite, unchanged, on PostgreSQL (a fresh schema for this class). */
class PostgresRiskSnapshotQueryContractTest extends RiskSnapshotQueryContract {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Override
    protected StoreUnderTest store() {
        return db.underTest();
    }
}
