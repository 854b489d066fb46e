package io.tradekit.adapters.postgres.risk;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.ledger.LedgerEntry;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.risk.RiskSnapshotRequest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import java.util.ArrayList;
import java.util.List;
import org.mybatis.spring.SqlSessionTemplate;

/**
 * Loads, with ONE statement (RiskSnapshotMapper.xml), the account's open positions, its ledger and the ledger's
 * entries since the day start; {@link RiskSnapshot#of} computes every figure from them. No figure is derived in
 * SQL.
 */
public final class PostgresRiskSnapshotQuery implements RiskSnapshotQuery {
    private final RiskSnapshotMapper mapper;
    private final StoreCalls calls;

    public PostgresRiskSnapshotQuery(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(RiskSnapshotMapper.class);
        this.calls = calls;
    }

    @Override
    public RiskSnapshot snapshot(RiskSnapshotRequest request) {
        Require.nonNull(request, "request");
        AccountId account = request.accountId();
        List<SnapshotPartRow> rows = calls.call("read the risk snapshot of " + account,
                () -> mapper.snapshot(account.value(), Bounds.ceilMicros(request.tradingDayStart())));
        List<Position> open = new ArrayList<>();
        List<LedgerEntry> entries = new ArrayList<>();
        SnapshotPartRow ledgerRow = null;
        for (SnapshotPartRow row : rows) {
            switch (row.part()) {
                case SnapshotPartRow.POSITION -> open.add(row.toPosition(account));
                case SnapshotPartRow.ENTRY -> entries.add(row.toEntry());
                case SnapshotPartRow.LEDGER -> ledgerRow = row;
                default -> throw new IllegalStateException("unknown snapshot part " + row.part());
            }
        }
        AccountLedger ledger = ledgerRow == null ? AccountLedger.empty(account)
                : ledgerRow.toLedger(account, request.tradingDayStart(), entries);
        return RiskSnapshot.of(request, ledger, open);
    }
}
