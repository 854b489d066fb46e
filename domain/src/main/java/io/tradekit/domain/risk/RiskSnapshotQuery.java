package io.tradekit.domain.risk;

/**
 * Reads the figures of a pre-trade check in ONE round trip, whatever the account's history: the account's
 * ledger with its entries since the day start, and its open positions. A store only loads them; every figure
 * is computed by {@link RiskSnapshot#of} (the PostgreSQL adapter loads all three with a single statement).
 */
public interface RiskSnapshotQuery {
    RiskSnapshot snapshot(RiskSnapshotRequest request);
}
