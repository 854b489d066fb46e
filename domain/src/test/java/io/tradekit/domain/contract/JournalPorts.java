package io.tradekit.domain.contract;

import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.domain.audit.AuditTrail;
import io.tradekit.domain.candidate.CandidateRepository;
import io.tradekit.domain.decision.DecisionRepository;
import io.tradekit.domain.ledger.AccountLedgerRepository;
import io.tradekit.domain.limits.RiskLimitSettingsRepository;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.snapshot.PerformanceSnapshotRepository;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.tape.TapeRetention;
import io.tradekit.domain.trade.TradeRepository;
import io.tradekit.domain.trigger.TriggerRepository;
import io.tradekit.domain.watermark.WatermarkRepository;
import java.util.Objects;

/** The plain {@link JournalStoreUnderTest}: a store's core ports ({@link StorePorts}) and its journal ports. */
public record JournalPorts(
        StoreUnderTest core,
        DecisionRepository decisions,
        CandidateRepository candidates,
        AlertRepository alerts,
        AuditTrail auditTrail,
        RiskLimitSettingsRepository riskLimitSettings,
        PerformanceSnapshotRepository performanceSnapshots,
        TapeRetention tapeRetention) implements JournalStoreUnderTest {

    public JournalPorts {
        Objects.requireNonNull(core, "core");
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(alerts, "alerts");
        Objects.requireNonNull(auditTrail, "auditTrail");
        Objects.requireNonNull(riskLimitSettings, "riskLimitSettings");
        Objects.requireNonNull(performanceSnapshots, "performanceSnapshots");
        Objects.requireNonNull(tapeRetention, "tapeRetention");
    }

    @Override
    public MarketTradeRepository marketTrades() {
        return core.marketTrades();
    }

    @Override
    public TradeRepository trades() {
        return core.trades();
    }

    @Override
    public PositionRepository positions() {
        return core.positions();
    }

    @Override
    public TriggerRepository triggers() {
        return core.triggers();
    }

    @Override
    public WatermarkRepository watermarks() {
        return core.watermarks();
    }

    @Override
    public TradingStateRepository tradingStates() {
        return core.tradingStates();
    }

    @Override
    public AccountLedgerRepository ledgers() {
        return core.ledgers();
    }

    @Override
    public RiskSnapshotQuery riskSnapshots() {
        return core.riskSnapshots();
    }

    @Override
    public OrderRepository orders() {
        return core.orders();
    }

    @Override
    public UnitOfWork unitOfWork() {
        return core.unitOfWork();
    }
}
