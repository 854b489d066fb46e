package io.tradekit.domain.contract;

import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.domain.audit.AuditTrail;
import io.tradekit.domain.candidate.CandidateRepository;
import io.tradekit.domain.decision.DecisionRepository;
import io.tradekit.domain.limits.RiskLimitSettingsRepository;
import io.tradekit.domain.snapshot.PerformanceSnapshotRepository;
import io.tradekit.domain.tape.TapeRetention;

/**
 * The core ports plus the journal's (why a bot acted): decisions, candidates, alerts, the audit trail, stored
 * risk limits, performance snapshots and tape retention, all sharing the one unit of work.
 */
public interface JournalStoreUnderTest extends StoreUnderTest {
    DecisionRepository decisions();

    CandidateRepository candidates();

    AlertRepository alerts();

    AuditTrail auditTrail();

    RiskLimitSettingsRepository riskLimitSettings();

    PerformanceSnapshotRepository performanceSnapshots();

    TapeRetention tapeRetention();
}
