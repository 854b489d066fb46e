package io.tradekit.bootstrap;

import io.tradekit.adapters.inmemory.InMemoryStore;
import io.tradekit.adapters.postgres.PostgresStore;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.ledger.AccountLedgerRepository;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.domain.audit.AuditTrail;
import io.tradekit.domain.candidate.CandidateRepository;
import io.tradekit.domain.decision.DecisionRepository;
import io.tradekit.domain.limits.RiskLimitSettingsRepository;
import io.tradekit.domain.snapshot.PerformanceSnapshotRepository;
import io.tradekit.domain.tape.TapeRetention;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.trade.TradeRepository;
import io.tradekit.domain.trigger.TriggerRepository;
import io.tradekit.domain.watermark.WatermarkRepository;

/**
 * Every port of one store, all sharing one {@link UnitOfWork}: what the use cases run on. Any adapter
 * can supply one (the constructor); {@link #close()} releases what the store holds (a connection pool).
 */
public record TradekitStore(
        String name,
        MarketTradeRepository marketTrades,
        TradeRepository trades,
        PositionRepository positions,
        TriggerRepository triggers,
        WatermarkRepository watermarks,
        TradingStateRepository tradingStates,
        AccountLedgerRepository ledgers,
        RiskSnapshotQuery riskSnapshots,
        OrderRepository orders,
        DecisionRepository decisions,
        CandidateRepository candidates,
        AlertRepository alerts,
        AuditTrail auditTrail,
        RiskLimitSettingsRepository riskLimitSettings,
        PerformanceSnapshotRepository performanceSnapshots,
        TapeRetention tapeRetention,
        UnitOfWork unitOfWork,
        AutoCloseable resources) implements AutoCloseable {

    public TradekitStore {
        Require.nonNull(name, "name");
        Require.nonNull(marketTrades, "marketTrades");
        Require.nonNull(trades, "trades");
        Require.nonNull(positions, "positions");
        Require.nonNull(triggers, "triggers");
        Require.nonNull(watermarks, "watermarks");
        Require.nonNull(tradingStates, "tradingStates");
        Require.nonNull(ledgers, "ledgers");
        Require.nonNull(riskSnapshots, "riskSnapshots");
        Require.nonNull(orders, "orders");
        Require.nonNull(decisions, "decisions");
        Require.nonNull(candidates, "candidates");
        Require.nonNull(alerts, "alerts");
        Require.nonNull(auditTrail, "auditTrail");
        Require.nonNull(riskLimitSettings, "riskLimitSettings");
        Require.nonNull(performanceSnapshots, "performanceSnapshots");
        Require.nonNull(tapeRetention, "tapeRetention");
        Require.nonNull(unitOfWork, "unitOfWork");
        Require.nonNull(resources, "resources");
    }

    /** A fresh, empty in-memory store (backtests, tests). */
    public static TradekitStore inMemory() {
        return of(new InMemoryStore());
    }

    public static TradekitStore of(InMemoryStore store) {
        return new TradekitStore("memory", store.marketTrades(), store.trades(), store.positions(), store.triggers(),
                store.watermarks(), store.tradingStates(), store.ledgers(), store.riskSnapshots(), store.orders(),
                store.decisions(), store.candidates(), store.alerts(), store.auditTrail(), store.riskLimitSettings(),
                store.performanceSnapshots(), store.tapeRetention(), store.unitOfWork(), () -> { });
    }

    /** A PostgreSQL store; closing this closes it (and its pool, when it owns one). */
    public static TradekitStore of(PostgresStore store) {
        return new TradekitStore("postgres", store.marketTrades(), store.trades(), store.positions(), store.triggers(),
                store.watermarks(), store.tradingStates(), store.ledgers(), store.riskSnapshots(), store.orders(),
                store.decisions(), store.candidates(), store.alerts(), store.auditTrail(), store.riskLimitSettings(),
                store.performanceSnapshots(), store.tapeRetention(), store.unitOfWork(), store);
    }

    /** The ports a backtest engine runs on. */
    public io.tradekit.application.backtest.BacktestStore backtestStore() {
        return new io.tradekit.application.backtest.BacktestStore(unitOfWork, marketTrades, trades, positions, triggers,
                watermarks, riskSnapshots, tradingStates, ledgers, alerts, decisions);
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the " + name + " store: " + e.getMessage(), e);
        }
    }
}
