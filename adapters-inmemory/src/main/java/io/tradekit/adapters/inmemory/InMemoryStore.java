package io.tradekit.adapters.inmemory;

import io.tradekit.adapters.inmemory.account.InMemoryTradingStateRepository;
import io.tradekit.adapters.inmemory.ledger.InMemoryAccountLedgerRepository;
import io.tradekit.adapters.inmemory.alert.InMemoryAlertRepository;
import io.tradekit.adapters.inmemory.audit.InMemoryAuditTrail;
import io.tradekit.adapters.inmemory.candidate.InMemoryCandidateRepository;
import io.tradekit.adapters.inmemory.decision.InMemoryDecisionRepository;
import io.tradekit.adapters.inmemory.limits.InMemoryRiskLimitSettingsRepository;
import io.tradekit.adapters.inmemory.snapshot.InMemoryPerformanceSnapshotRepository;
import io.tradekit.adapters.inmemory.tape.InMemoryTapeRetention;
import io.tradekit.adapters.inmemory.order.InMemoryOrderRepository;
import io.tradekit.adapters.inmemory.position.InMemoryPositionRepository;
import io.tradekit.adapters.inmemory.risk.InMemoryRiskSnapshotQuery;
import io.tradekit.adapters.inmemory.tape.InMemoryMarketTradeRepository;
import io.tradekit.adapters.inmemory.trade.InMemoryTradeRepository;
import io.tradekit.adapters.inmemory.trigger.InMemoryTriggerRepository;
import io.tradekit.adapters.inmemory.watermark.InMemoryWatermarkRepository;

/**
 * One in-memory store: every port, all sharing one {@link InMemoryUnitOfWork}, so a unit of work spanning
 * several repositories is all-or-nothing. Thread-safe; each instance is a fresh, empty store.
 */
public final class InMemoryStore {
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryMarketTradeRepository marketTrades = new InMemoryMarketTradeRepository(unitOfWork);
    private final InMemoryTradeRepository trades = new InMemoryTradeRepository(unitOfWork);
    private final InMemoryPositionRepository positions = new InMemoryPositionRepository(unitOfWork);
    private final InMemoryTriggerRepository triggers = new InMemoryTriggerRepository(unitOfWork);
    private final InMemoryWatermarkRepository watermarks = new InMemoryWatermarkRepository(unitOfWork);
    private final InMemoryTradingStateRepository tradingStates = new InMemoryTradingStateRepository(unitOfWork);
    private final InMemoryAccountLedgerRepository ledgers = new InMemoryAccountLedgerRepository(unitOfWork);
    private final InMemoryRiskSnapshotQuery riskSnapshots = new InMemoryRiskSnapshotQuery(positions, ledgers);
    // the journal: why a bot acted
    private final InMemoryDecisionRepository decisions = new InMemoryDecisionRepository(unitOfWork);
    private final InMemoryCandidateRepository candidates = new InMemoryCandidateRepository(unitOfWork);
    private final InMemoryAlertRepository alerts = new InMemoryAlertRepository(unitOfWork);
    private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail(unitOfWork);
    private final InMemoryRiskLimitSettingsRepository riskLimitSettings =
            new InMemoryRiskLimitSettingsRepository(unitOfWork);
    private final InMemoryPerformanceSnapshotRepository performanceSnapshots =
            new InMemoryPerformanceSnapshotRepository(unitOfWork);
    private final InMemoryTapeRetention tapeRetention = new InMemoryTapeRetention(marketTrades, watermarks);
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(unitOfWork, positions, ledgers);

    public InMemoryStore() {
    }

    public static InMemoryStore create() {
        return new InMemoryStore();
    }

    public InMemoryMarketTradeRepository marketTrades() {
        return marketTrades;
    }

    public InMemoryTradeRepository trades() {
        return trades;
    }

    public InMemoryPositionRepository positions() {
        return positions;
    }

    public InMemoryTriggerRepository triggers() {
        return triggers;
    }

    public InMemoryWatermarkRepository watermarks() {
        return watermarks;
    }

    public InMemoryTradingStateRepository tradingStates() {
        return tradingStates;
    }

    public InMemoryAccountLedgerRepository ledgers() {
        return ledgers;
    }

    public InMemoryRiskSnapshotQuery riskSnapshots() {
        return riskSnapshots;
    }

    public InMemoryDecisionRepository decisions() {
        return decisions;
    }

    public InMemoryCandidateRepository candidates() {
        return candidates;
    }

    public InMemoryAlertRepository alerts() {
        return alerts;
    }

    public InMemoryAuditTrail auditTrail() {
        return auditTrail;
    }

    public InMemoryRiskLimitSettingsRepository riskLimitSettings() {
        return riskLimitSettings;
    }

    public InMemoryPerformanceSnapshotRepository performanceSnapshots() {
        return performanceSnapshots;
    }

    public InMemoryTapeRetention tapeRetention() {
        return tapeRetention;
    }

    public InMemoryOrderRepository orders() {
        return orders;
    }

    public InMemoryUnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
