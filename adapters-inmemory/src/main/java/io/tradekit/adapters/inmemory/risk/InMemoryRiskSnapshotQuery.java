package io.tradekit.adapters.inmemory.risk;

import io.tradekit.adapters.inmemory.ledger.InMemoryAccountLedgerRepository;
import io.tradekit.adapters.inmemory.position.InMemoryPositionRepository;
import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.risk.RiskSnapshotRequest;
import io.tradekit.domain.shared.Require;
import java.util.List;

/**
 * Loads what a check needs, the account's open positions (few) and its ledger with the entries since the day
 * start, and lets {@link RiskSnapshot#of} compute the figures. Nothing walks the account's history.
 */
public final class InMemoryRiskSnapshotQuery implements RiskSnapshotQuery {
    private final InMemoryPositionRepository positions;
    private final InMemoryAccountLedgerRepository ledgers;

    public InMemoryRiskSnapshotQuery(InMemoryPositionRepository positions, InMemoryAccountLedgerRepository ledgers) {
        this.positions = Require.nonNull(positions, "positions");
        this.ledgers = Require.nonNull(ledgers, "ledgers");
    }

    @Override
    public RiskSnapshot snapshot(RiskSnapshotRequest request) {
        Require.nonNull(request, "request");
        List<Position> open = positions.readOpen(request.accountId(), List::copyOf);
        AccountLedger ledger = ledgers.find(request.accountId(), request.tradingDayStart())
                .orElseGet(() -> AccountLedger.empty(request.accountId()));
        return RiskSnapshot.of(request, ledger, open);
    }
}
