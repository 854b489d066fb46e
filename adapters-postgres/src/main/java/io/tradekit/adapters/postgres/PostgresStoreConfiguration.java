package io.tradekit.adapters.postgres;

import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.ledger.AccountLedgerRepository;
import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.domain.audit.AuditTrail;
import io.tradekit.domain.candidate.CandidateRepository;
import io.tradekit.domain.decision.DecisionRepository;
import io.tradekit.domain.limits.RiskLimitSettingsRepository;
import io.tradekit.domain.snapshot.PerformanceSnapshotRepository;
import io.tradekit.domain.tape.TapeRetention;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.trade.TradeRepository;
import io.tradekit.domain.trigger.TriggerRepository;
import io.tradekit.domain.watermark.WatermarkRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The PostgreSQL store as Spring beans: import this configuration and provide a {@link PostgresSettings} bean.
 * The store (and its pool) is closed with the context.
 */
@Configuration(proxyBeanMethods = false)
public class PostgresStoreConfiguration {

    @Bean(destroyMethod = "close")
    public PostgresStore postgresStore(PostgresSettings settings) {
        return PostgresStore.create(settings);
    }

    @Bean
    public MarketTradeRepository marketTradeRepository(PostgresStore store) {
        return store.marketTrades();
    }

    @Bean
    public TradeRepository tradeRepository(PostgresStore store) {
        return store.trades();
    }

    @Bean
    public PositionRepository positionRepository(PostgresStore store) {
        return store.positions();
    }

    @Bean
    public TriggerRepository triggerRepository(PostgresStore store) {
        return store.triggers();
    }

    @Bean
    public WatermarkRepository watermarkRepository(PostgresStore store) {
        return store.watermarks();
    }

    @Bean
    public TradingStateRepository tradingStateRepository(PostgresStore store) {
        return store.tradingStates();
    }

    @Bean
    public AccountLedgerRepository accountLedgerRepository(PostgresStore store) {
        return store.ledgers();
    }

    @Bean
    public RiskSnapshotQuery riskSnapshotQuery(PostgresStore store) {
        return store.riskSnapshots();
    }

    @Bean
    public DecisionRepository decisionRepository(PostgresStore store) {
        return store.decisions();
    }

    @Bean
    public CandidateRepository candidateRepository(PostgresStore store) {
        return store.candidates();
    }

    @Bean
    public AlertRepository alertRepository(PostgresStore store) {
        return store.alerts();
    }

    @Bean
    public AuditTrail auditTrail(PostgresStore store) {
        return store.auditTrail();
    }

    @Bean
    public RiskLimitSettingsRepository riskLimitSettingsRepository(PostgresStore store) {
        return store.riskLimitSettings();
    }

    @Bean
    public PerformanceSnapshotRepository performanceSnapshotRepository(PostgresStore store) {
        return store.performanceSnapshots();
    }

    @Bean
    public TapeRetention tapeRetention(PostgresStore store) {
        return store.tapeRetention();
    }

    @Bean
    public OrderRepository orderRepository(PostgresStore store) {
        return store.orders();
    }

    @Bean
    public UnitOfWork unitOfWork(PostgresStore store) {
        return store.unitOfWork();
    }
}
