package io.tradekit.bootstrap.spring;

import io.tradekit.adapters.inmemory.InMemoryStore;
import io.tradekit.adapters.postgres.PostgresSettings;
import io.tradekit.adapters.postgres.PostgresStoreConfiguration;
import io.tradekit.application.account.CurrentTradingState;
import io.tradekit.application.alert.OpenAlerts;
import io.tradekit.application.alert.RaiseAlert;
import io.tradekit.application.alert.ResolveAlert;
import io.tradekit.application.analytics.TakePerformanceSnapshot;
import io.tradekit.application.candidate.DecideCandidate;
import io.tradekit.application.candidate.OrderApprovedCandidate;
import io.tradekit.application.candidate.ProposeCandidate;
import io.tradekit.application.journal.DecisionJournal;
import io.tradekit.application.journal.RecordDecision;
import io.tradekit.application.risk.SetRiskLimits;
import io.tradekit.application.tape.ApplyTapeRetention;
import io.tradekit.application.account.HaltTrading;
import io.tradekit.application.account.RestrictToReducing;
import io.tradekit.application.account.ResumeTrading;
import io.tradekit.application.analytics.GeneratePerformanceReport;
import io.tradekit.application.execution.RecordExecution;
import io.tradekit.application.ledger.LedgerPosting;
import io.tradekit.application.position.MarkToMarket;
import io.tradekit.application.position.SettleMarket;
import io.tradekit.application.retry.RetryPolicy;
import io.tradekit.application.risk.DrawdownHalt;
import io.tradekit.application.risk.PreTradeRiskCheck;
import io.tradekit.application.risk.RiskLimits;
import io.tradekit.application.risk.RiskLimitsSource;
import io.tradekit.application.sizing.PositionSizer;
import io.tradekit.application.tape.IngestPrints;
import io.tradekit.application.tape.ClassifyPrint;
import io.tradekit.application.tape.ProcessTape;
import io.tradekit.bootstrap.Tradekit;
import io.tradekit.bootstrap.TradekitStore;
import io.tradekit.application.order.CurrentOrderGroup;
import io.tradekit.application.order.ReconcileOrders;
import io.tradekit.application.order.RecordFill;
import io.tradekit.application.order.SimulatePaperFills;
import io.tradekit.application.order.SubmitOrder;
import io.tradekit.application.order.UpdateOrder;
import io.tradekit.application.position.PositionMoves;
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
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.trade.TradeRepository;
import io.tradekit.domain.trigger.TriggerRepository;
import io.tradekit.domain.watermark.WatermarkRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * tradekit as Spring beans (plain spring-context, no Spring Boot): every use case, on the store the
 * property {@code tradekit.store} names:
 * <ul>
 *   <li>{@code memory} (the default): a fresh in-memory store;</li>
 *   <li>{@code postgres}: the PostgreSQL adapter's {@link PostgresStoreConfiguration}, with
 *       {@code tradekit.jdbc-url}, {@code tradekit.db-user}, {@code tradekit.db-password},
 *       {@code tradekit.db-schema} (default tradekit), {@code tradekit.pool-size} (default 10),
 *       {@code tradekit.migrate-on-start} (default true), {@code tradekit.db-connect-timeout} and
 *       {@code tradekit.db-socket-timeout} (seconds, default 5 and 300). Environment variables work too
 *       ({@code TRADEKIT_JDBC_URL} ...), as Spring maps them onto the property names.</li>
 * </ul>
 * Optional beans of your own: a {@link Clock} (default: the system clock in UTC; a backtest gives a
 * simulated one) and a {@link RiskLimitsSource} or {@link RiskLimits} (default: no limits). The use cases
 * are the very objects of a {@link Tradekit} built on the same store, also a bean.
 */
@Configuration(proxyBeanMethods = false)
@Import({TradekitConfiguration.MemoryStoreConfiguration.class, TradekitConfiguration.PostgresStoreSelection.class})
public class TradekitConfiguration {
    public static final String STORE = "tradekit.store";

    @Bean
    public TradekitStore tradekitStore(Environment environment, MarketTradeRepository marketTrades,
            TradeRepository trades, PositionRepository positions, TriggerRepository triggers,
            WatermarkRepository watermarks, TradingStateRepository tradingStates, AccountLedgerRepository ledgers,
            RiskSnapshotQuery riskSnapshots, OrderRepository orders, DecisionRepository decisions,
            CandidateRepository candidates, AlertRepository alerts, AuditTrail auditTrail,
            RiskLimitSettingsRepository riskLimitSettings, PerformanceSnapshotRepository performanceSnapshots,
            TapeRetention tapeRetention, UnitOfWork unitOfWork) {
        // the context owns and closes the store's resources; this view closes nothing
        return new TradekitStore(StoreKind.of(environment).name().toLowerCase(Locale.ROOT), marketTrades, trades,
                positions, triggers, watermarks, tradingStates, ledgers, riskSnapshots, orders, decisions, candidates,
                alerts, auditTrail, riskLimitSettings, performanceSnapshots, tapeRetention, unitOfWork, () -> { });
    }

    @Bean
    public Tradekit tradekit(TradekitStore store, ObjectProvider<Clock> clock,
            ObjectProvider<RiskLimitsSource> limitsSource, ObjectProvider<RiskLimits> limits,
            ObjectProvider<RetryPolicy> retryPolicy, Environment environment) {
        RiskLimitsSource source = limitsSource.getIfAvailable(
                () -> RiskLimitsSource.same(limits.getIfAvailable(RiskLimits::none)));
        return Tradekit.on(store, clock.getIfAvailable(Clock::systemUTC), source)
                .withRetryPolicy(retryPolicy.getIfAvailable(() -> retryPolicy(environment)));
    }

    /** A RetryPolicy bean wins; else tradekit.retry.max-attempts, .initial-backoff-ms, .max-backoff-ms. */
    static RetryPolicy retryPolicy(Environment environment) {
        RetryPolicy d = RetryPolicy.DEFAULT;
        return new RetryPolicy(
                environment.getProperty("tradekit.retry.max-attempts", Integer.class, d.maxAttempts()),
                Duration.ofMillis(environment.getProperty("tradekit.retry.initial-backoff-ms", Long.class,
                        d.initialBackoff().toMillis())),
                Duration.ofMillis(environment.getProperty("tradekit.retry.max-backoff-ms", Long.class,
                        d.maxBackoff().toMillis())),
                environment.getProperty("tradekit.retry.stale-versions", Boolean.class, d.retryStaleVersions()));
    }

    @Bean
    public IngestPrints ingestPrints(Tradekit kit) {
        return kit.ingestPrints();
    }

    @Bean
    public ProcessTape processTape(Tradekit kit) {
        return kit.processTape();
    }

    @Bean
    public ClassifyPrint classifyPrint(Tradekit kit) {
        return kit.classifyPrint();
    }

    @Bean
    public LedgerPosting ledgerPosting(Tradekit kit) {
        return kit.ledgerPosting();
    }

    @Bean
    public PositionMoves positionMoves(Tradekit kit) {
        return kit.positionMoves();
    }

    @Bean
    public SubmitOrder submitOrder(Tradekit kit) {
        return kit.submitOrder();
    }

    @Bean
    public UpdateOrder updateOrder(Tradekit kit) {
        return kit.updateOrder();
    }

    @Bean
    public RecordFill recordFill(Tradekit kit) {
        return kit.recordFill();
    }

    @Bean
    public ReconcileOrders reconcileOrders(Tradekit kit) {
        return kit.reconcileOrders();
    }

    @Bean
    public SimulatePaperFills simulatePaperFills(Tradekit kit) {
        return kit.simulatePaperFills();
    }

    @Bean
    public CurrentOrderGroup currentOrderGroup(Tradekit kit) {
        return kit.currentOrderGroup();
    }

    @Bean
    public RecordExecution recordExecution(Tradekit kit) {
        return kit.recordExecution();
    }

    @Bean
    public MarkToMarket markToMarket(Tradekit kit) {
        return kit.markToMarket();
    }

    @Bean
    public SettleMarket settleMarket(Tradekit kit) {
        return kit.settleMarket();
    }

    @Bean
    public PreTradeRiskCheck preTradeRiskCheck(Tradekit kit) {
        return kit.preTradeRiskCheck();
    }

    @Bean
    public DrawdownHalt drawdownHalt(Tradekit kit) {
        return kit.drawdownHalt();
    }

    @Bean
    public PositionSizer positionSizer(Tradekit kit) {
        return kit.positionSizer();
    }

    @Bean
    public CurrentTradingState currentTradingState(Tradekit kit) {
        return kit.currentTradingState();
    }

    @Bean
    public HaltTrading haltTrading(Tradekit kit) {
        return kit.haltTrading();
    }

    @Bean
    public RestrictToReducing restrictToReducing(Tradekit kit) {
        return kit.restrictToReducing();
    }

    @Bean
    public ResumeTrading resumeTrading(Tradekit kit) {
        return kit.resumeTrading();
    }

    @Bean
    public GeneratePerformanceReport generatePerformanceReport(Tradekit kit) {
        return kit.performanceReport();
    }

    @Bean
    public SetRiskLimits setRiskLimits(Tradekit kit) {
        return kit.setRiskLimits();
    }

    @Bean
    public RecordDecision recordDecision(Tradekit kit) {
        return kit.recordDecision();
    }

    @Bean
    public DecisionJournal decisionJournal(Tradekit kit) {
        return kit.decisionJournal();
    }

    @Bean
    public RaiseAlert raiseAlert(Tradekit kit) {
        return kit.raiseAlert();
    }

    @Bean
    public ResolveAlert resolveAlert(Tradekit kit) {
        return kit.resolveAlert();
    }

    @Bean
    public OpenAlerts openAlerts(Tradekit kit) {
        return kit.openAlerts();
    }

    @Bean
    public TakePerformanceSnapshot takePerformanceSnapshot(Tradekit kit) {
        return kit.takePerformanceSnapshot();
    }

    @Bean
    public ApplyTapeRetention applyTapeRetention(Tradekit kit) {
        return kit.applyTapeRetention();
    }

    @Bean
    public ProposeCandidate proposeCandidate(Tradekit kit) {
        return kit.proposeCandidate();
    }

    @Bean
    public DecideCandidate decideCandidate(Tradekit kit) {
        return kit.decideCandidate();
    }

    @Bean
    public OrderApprovedCandidate orderApprovedCandidate(Tradekit kit) {
        return kit.orderApprovedCandidate();
    }

    /** The store the property names; anything but memory or postgres stops the context with that message. */
    enum StoreKind {
        MEMORY, POSTGRES;

        static StoreKind of(Environment environment) {
            String value = environment.getProperty(STORE, "memory").trim();
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "memory" -> MEMORY;
                case "postgres" -> POSTGRES;
                default -> throw new IllegalStateException(STORE + " must be memory or postgres, got '" + value + "'");
            };
        }
    }

    static final class MemorySelected implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StoreKind.of(context.getEnvironment()) == StoreKind.MEMORY;
        }
    }

    static final class PostgresSelected implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StoreKind.of(context.getEnvironment()) == StoreKind.POSTGRES;
        }
    }

    /** tradekit.store=memory: one fresh in-memory store, its ports as beans. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(MemorySelected.class)
    static class MemoryStoreConfiguration {
        @Bean
        InMemoryStore inMemoryStore() {
            return new InMemoryStore();
        }

        @Bean
        MarketTradeRepository marketTradeRepository(InMemoryStore store) {
            return store.marketTrades();
        }

        @Bean
        TradeRepository tradeRepository(InMemoryStore store) {
            return store.trades();
        }

        @Bean
        PositionRepository positionRepository(InMemoryStore store) {
            return store.positions();
        }

        @Bean
        TriggerRepository triggerRepository(InMemoryStore store) {
            return store.triggers();
        }

        @Bean
        WatermarkRepository watermarkRepository(InMemoryStore store) {
            return store.watermarks();
        }

        @Bean
        TradingStateRepository tradingStateRepository(InMemoryStore store) {
            return store.tradingStates();
        }

        @Bean
        AccountLedgerRepository accountLedgerRepository(InMemoryStore store) {
            return store.ledgers();
        }

        @Bean
        RiskSnapshotQuery riskSnapshotQuery(InMemoryStore store) {
            return store.riskSnapshots();
        }

        @Bean
        DecisionRepository decisionRepository(InMemoryStore store) {
            return store.decisions();
        }

        @Bean
        CandidateRepository candidateRepository(InMemoryStore store) {
            return store.candidates();
        }

        @Bean
        AlertRepository alertRepository(InMemoryStore store) {
            return store.alerts();
        }

        @Bean
        AuditTrail auditTrail(InMemoryStore store) {
            return store.auditTrail();
        }

        @Bean
        RiskLimitSettingsRepository riskLimitSettingsRepository(InMemoryStore store) {
            return store.riskLimitSettings();
        }

        @Bean
        PerformanceSnapshotRepository performanceSnapshotRepository(InMemoryStore store) {
            return store.performanceSnapshots();
        }

        @Bean
        TapeRetention tapeRetention(InMemoryStore store) {
            return store.tapeRetention();
        }

        @Bean
        OrderRepository orderRepository(InMemoryStore store) {
            return store.orders();
        }

        @Bean
        UnitOfWork unitOfWork(InMemoryStore store) {
            return store.unitOfWork();
        }
    }

    /** tradekit.store=postgres: the adapter's configuration, on settings read from the properties. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(PostgresSelected.class)
    @Import(PostgresStoreConfiguration.class)
    static class PostgresStoreSelection {
        @Bean
        PostgresSettings postgresSettings(Environment environment) {
            return new PostgresSettings(
                    environment.getRequiredProperty("tradekit.jdbc-url"),
                    environment.getRequiredProperty("tradekit.db-user"),
                    environment.getProperty("tradekit.db-password"),
                    environment.getProperty("tradekit.db-schema", PostgresSettings.DEFAULT_SCHEMA),
                    environment.getProperty("tradekit.pool-size", Integer.class, PostgresSettings.DEFAULT_POOL_SIZE),
                    environment.getProperty("tradekit.migrate-on-start", Boolean.class, true),
                    Duration.ofSeconds(environment.getProperty("tradekit.db-connect-timeout", Long.class,
                            PostgresSettings.DEFAULT_CONNECT_TIMEOUT.toSeconds())),
                    Duration.ofSeconds(environment.getProperty("tradekit.db-socket-timeout", Long.class,
                            PostgresSettings.DEFAULT_SOCKET_TIMEOUT.toSeconds())));
        }
    }
}
