package io.tradekit.domain.risk;

/**
 * Reads the figures of a pre-trade check in ONE round trip, whatever the account's history: the
 * PostgreSQL adapter answers with a single statement, the in-memory one from its indexes.
 */
public interface RiskSnapshotQuery {
    RiskSnapshot snapshot(RiskSnapshotRequest request);
}
