package io.tradekit.bootstrap;

import io.tradekit.adapters.postgres.PostgresSettings;
import io.tradekit.adapters.postgres.PostgresStore;
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
import io.tradekit.application.risk.StoredRiskLimits;
import io.tradekit.application.tape.ApplyTapeRetention;
import io.tradekit.application.account.HaltTrading;
import io.tradekit.application.account.RestrictToReducing;
import io.tradekit.application.account.ResumeTrading;
import io.tradekit.application.analytics.GeneratePerformanceReport;
import io.tradekit.application.backtest.BacktestEngine;
import io.tradekit.application.backtest.BacktestStore;
import io.tradekit.application.execution.RecordExecution;
import io.tradekit.application.ledger.LedgerPosting;
import io.tradekit.application.order.CurrentOrderGroup;
import io.tradekit.application.order.ReconcileOrders;
import io.tradekit.application.order.RecordFill;
import io.tradekit.application.order.SimulatePaperFills;
import io.tradekit.application.order.SubmitOrder;
import io.tradekit.application.order.UpdateOrder;
import io.tradekit.application.position.PositionMoves;
import io.tradekit.application.position.MarkToMarket;
import io.tradekit.application.position.SettleMarket;
import io.tradekit.application.risk.DrawdownHalt;
import io.tradekit.application.risk.PreTradeRiskCheck;
import io.tradekit.application.risk.RiskLimits;
import io.tradekit.application.retry.RetryPolicy;
import io.tradekit.application.retry.RetryingUnitOfWork;
import io.tradekit.application.risk.RiskLimitsSource;
import io.tradekit.application.sizing.PositionSizer;
import io.tradekit.application.tape.IngestPrints;
import io.tradekit.application.tape.ClassifyPrint;
import io.tradekit.application.tape.ProcessTape;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.math.BigDecimal;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Every tradekit use case, wired on one store, for a bot without Spring:
 *
 * <pre>{@code
 * try (Tradekit kit = Tradekit.inMemory(Clock.systemUTC())) {
 *     kit.ingestPrints().ingest(IngestPrintsCommand.of(prints));
 *     ...
 * }
 * }</pre>
 *
 * The Spring configuration ({@link io.tradekit.bootstrap.spring.TradekitConfiguration}) exposes the very
 * same objects as beans. Time comes only from the given clock, so a backtest passes a simulated one.
 * Close the kit to release the store (the PostgreSQL pool).
 */
public final class Tradekit implements AutoCloseable {
    /** Who a halt by {@link #drawdownHalt()} is recorded as having been made by. */
    public static final String DRAWDOWN_HALTED_BY = "tradekit-drawdown-limit";

    private final TradekitStore store;
    private final Clock clock;
    private final RiskLimitsSource riskLimits;
    private final RetryingUnitOfWork unitOfWork;

    private final IngestPrints ingestPrints;
    private final ProcessTape processTape;
    private final ClassifyPrint classifyPrint;
    private final LedgerPosting ledgerPosting;
    private final RecordExecution recordExecution;
    private final MarkToMarket markToMarket;
    private final SettleMarket settleMarket;
    private final PreTradeRiskCheck preTradeRiskCheck;
    private final DrawdownHalt drawdownHalt;
    private final PositionSizer positionSizer;
    private final CurrentTradingState currentTradingState;
    private final HaltTrading haltTrading;
    private final RestrictToReducing restrictToReducing;
    private final ResumeTrading resumeTrading;
    private final GeneratePerformanceReport performanceReport;
    private final PositionMoves positionMoves;
    private final SubmitOrder submitOrder;
    private final UpdateOrder updateOrder;
    private final RecordFill recordFill;
    private final ReconcileOrders reconcileOrders;
    private final SimulatePaperFills simulatePaperFills;
    private final CurrentOrderGroup currentOrderGroup;
    private final StoredRiskLimits storedRiskLimits;
    private final SetRiskLimits setRiskLimits;
    private final RecordDecision recordDecision;
    private final DecisionJournal decisionJournal;
    private final RaiseAlert raiseAlert;
    private final ResolveAlert resolveAlert;
    private final OpenAlerts openAlerts;
    private final TakePerformanceSnapshot takePerformanceSnapshot;
    private final ApplyTapeRetention applyTapeRetention;
    private final ProposeCandidate proposeCandidate;
    private final DecideCandidate decideCandidate;
    private final OrderApprovedCandidate orderApprovedCandidate;

    private Tradekit(TradekitStore store, Clock clock, RiskLimitsSource riskLimits, RetryPolicy retryPolicy) {
        this.store = Require.nonNull(store, "store");
        this.clock = Require.nonNull(clock, "clock");
        this.riskLimits = Require.nonNull(riskLimits, "riskLimits");
        // the use cases' units of work run again, whole, after a transient failure (each use case is idempotent)
        this.unitOfWork = new RetryingUnitOfWork(store.unitOfWork(), Require.nonNull(retryPolicy, "retryPolicy"));
        this.ingestPrints = new IngestPrints(store.marketTrades(), unitOfWork);
        this.processTape = new ProcessTape(store.marketTrades(), store.triggers(), store.watermarks(),
                unitOfWork, clock);
        this.classifyPrint = new ClassifyPrint(store.watermarks(), clock);
        // the one step that books realized P&L, fees and closes; every use case that realizes or pays shares it
        this.ledgerPosting = new LedgerPosting(store.ledgers());
        this.recordExecution = new RecordExecution(store.trades(), store.positions(), ledgerPosting, store.alerts(),
                unitOfWork);
        this.markToMarket = new MarkToMarket(store.positions(), unitOfWork, clock);
        this.settleMarket = new SettleMarket(store.positions(), ledgerPosting, unitOfWork, clock);
        // limits stored for an account (SetRiskLimits) win over the configured ones
        this.storedRiskLimits = StoredRiskLimits.over(store.riskLimitSettings(), riskLimits);
        this.preTradeRiskCheck = new PreTradeRiskCheck(store.riskSnapshots(), store.tradingStates(), clock,
                storedRiskLimits);
        this.haltTrading = new HaltTrading(store.tradingStates(), store.auditTrail(), store.alerts(), unitOfWork,
                clock);
        this.drawdownHalt = new DrawdownHalt(haltTrading, DRAWDOWN_HALTED_BY);
        this.positionSizer = new PositionSizer(preTradeRiskCheck);
        this.currentTradingState = new CurrentTradingState(store.tradingStates());
        this.performanceReport = new GeneratePerformanceReport(store.positions(), unitOfWork, clock);
        this.positionMoves = new PositionMoves(store.positions());
        this.submitOrder = new SubmitOrder(store.orders(), unitOfWork, clock);
        this.updateOrder = new UpdateOrder(store.orders(), unitOfWork, clock);
        this.recordFill = new RecordFill(store.orders(), unitOfWork);
        this.reconcileOrders = new ReconcileOrders(store.orders(), store.alerts(),
                store.auditTrail(), unitOfWork,
                clock);
        this.simulatePaperFills = paperFills(BigDecimal.ZERO);
        this.currentOrderGroup = new CurrentOrderGroup(store.orders());
        this.restrictToReducing = new RestrictToReducing(store.tradingStates(), store.auditTrail(),
                unitOfWork, clock);
        this.resumeTrading = new ResumeTrading(store.tradingStates(), store.auditTrail(), unitOfWork, clock);
        this.setRiskLimits = new SetRiskLimits(store.riskLimitSettings(), store.auditTrail(), unitOfWork,
                clock);
        this.recordDecision = new RecordDecision(store.decisions());
        this.decisionJournal = new DecisionJournal(store.decisions());
        this.raiseAlert = new RaiseAlert(store.alerts(), clock);
        this.resolveAlert = new ResolveAlert(store.alerts(), clock);
        this.openAlerts = new OpenAlerts(store.alerts());
        this.takePerformanceSnapshot = new TakePerformanceSnapshot(performanceReport, store.positions(),
                store.performanceSnapshots(), clock);
        this.applyTapeRetention = new ApplyTapeRetention(store.tapeRetention(), clock);
        this.proposeCandidate = new ProposeCandidate(store.candidates(), store.alerts(), unitOfWork, clock);
        this.decideCandidate = new DecideCandidate(store.candidates(), store.auditTrail(), store.alerts(),
                unitOfWork, clock);
        this.orderApprovedCandidate = new OrderApprovedCandidate(store.candidates(), submitOrder);
    }

    /** The use cases on any store (an adapter of your own included). */
    public static Tradekit on(TradekitStore store, Clock clock, RiskLimitsSource riskLimits) {
        return new Tradekit(store, clock, riskLimits, RetryPolicy.DEFAULT);
    }

    /** The same store, clock and limits, with units of work retried as {@code policy} says. */
    public Tradekit withRetryPolicy(RetryPolicy policy) {
        return new Tradekit(store, clock, riskLimits, policy);
    }

    /** On a fresh in-memory store, no risk limits (only the trading state is checked). */
    public static Tradekit inMemory(Clock clock) {
        return inMemory(clock, RiskLimits.none());
    }

    public static Tradekit inMemory(Clock clock, RiskLimits riskLimits) {
        return on(TradekitStore.inMemory(), clock, RiskLimitsSource.same(riskLimits));
    }

    /**
     * On PostgreSQL: opens a pool on {@code settings} and migrates the schema when the settings say so.
     *
     * @throws io.tradekit.domain.shared.StoreUnavailableException when the server cannot be reached
     */
    public static Tradekit postgres(PostgresSettings settings, Clock clock) {
        return postgres(settings, clock, RiskLimits.none());
    }

    public static Tradekit postgres(PostgresSettings settings, Clock clock, RiskLimits riskLimits) {
        return on(TradekitStore.of(PostgresStore.create(settings)), clock, RiskLimitsSource.same(riskLimits));
    }

    /**
     * On PostgreSQL through a DataSource you own (and close): its connections must resolve tables in
     * {@code schema} (e.g. {@code currentSchema=schema} on the JDBC URL).
     */
    public static Tradekit postgres(DataSource dataSource, String schema, boolean migrateOnStart, Clock clock,
            RiskLimits riskLimits) {
        return on(TradekitStore.of(PostgresStore.using(dataSource, schema, migrateOnStart)), clock,
                RiskLimitsSource.same(riskLimits));
    }

    /** The same store and clock with other risk limits. */
    public Tradekit withRiskLimits(RiskLimitsSource limits) {
        return new Tradekit(store, clock, limits, unitOfWork.policy());
    }

    /**
     * The store's unit of work with the kit's retry: an outermost unit is run again, whole, after a transient
     * failure. Hand it only work that is safe to run again (as the use cases' is); {@code store().unitOfWork()}
     * runs a unit once.
     */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    public RetryPolicy retryPolicy() {
        return unitOfWork.policy();
    }

    public TradekitStore store() {
        return store;
    }

    /** The store's ports for a {@link BacktestEngine}, its units of work with the kit's retry. */
    public BacktestStore backtestStore() {
        BacktestStore ports = store.backtestStore();
        return new BacktestStore(unitOfWork, ports.marketTrades(), ports.trades(), ports.positions(), ports.triggers(),
                ports.watermarks(), ports.riskSnapshots(), ports.tradingStates(), ports.ledgers(), ports.alerts(),
                ports.decisions());
    }

    public Clock clock() {
        return clock;
    }

    public RiskLimitsSource riskLimits() {
        return riskLimits;
    }

    public IngestPrints ingestPrints() {
        return ingestPrints;
    }

    public ProcessTape processTape() {
        return processTape;
    }

    /** Late, after resolution, stale or fresh: what an incoming print is to a consumer. */
    public ClassifyPrint classifyPrint() {
        return classifyPrint;
    }

    /** The step that books to the account ledger; for use cases of a bot's own that realize P&amp;L or pay fees. */
    public LedgerPosting ledgerPosting() {
        return ledgerPosting;
    }

    public RecordExecution recordExecution() {
        return recordExecution;
    }

    /** The one way a position moves by a fill or an execution leg (used by RecordFill and RecordExecution). */
    public PositionMoves positionMoves() {
        return positionMoves;
    }

    public SubmitOrder submitOrder() {
        return submitOrder;
    }

    public UpdateOrder updateOrder() {
        return updateOrder;
    }

    public RecordFill recordFill() {
        return recordFill;
    }

    public ReconcileOrders reconcileOrders() {
        return reconcileOrders;
    }

    /** The paper-fill simulator without fees; {@link #paperFills(BigDecimal)} for a fee. */
    public SimulatePaperFills simulatePaperFills() {
        return simulatePaperFills;
    }

    /** A paper-fill simulator charging {@code feeBps} basis points of each fill's notional. */
    public SimulatePaperFills paperFills(BigDecimal feeBps) {
        return new SimulatePaperFills(store.orders(), unitOfWork, feeBps);
    }

    public CurrentOrderGroup currentOrderGroup() {
        return currentOrderGroup;
    }

    public MarkToMarket markToMarket() {
        return markToMarket;
    }

    public SettleMarket settleMarket() {
        return settleMarket;
    }

    public PreTradeRiskCheck preTradeRiskCheck() {
        return preTradeRiskCheck;
    }

    /** Halts the account when a risk decision reports the drawdown limit reached. */
    public DrawdownHalt drawdownHalt() {
        return drawdownHalt;
    }

    public PositionSizer positionSizer() {
        return positionSizer;
    }

    public CurrentTradingState currentTradingState() {
        return currentTradingState;
    }

    public HaltTrading haltTrading() {
        return haltTrading;
    }

    public RestrictToReducing restrictToReducing() {
        return restrictToReducing;
    }

    public ResumeTrading resumeTrading() {
        return resumeTrading;
    }

    public GeneratePerformanceReport performanceReport() {
        return performanceReport;
    }

    /** The limits the pre-trade check applies: those stored for the account, else the configured ones. */
    public StoredRiskLimits storedRiskLimits() {
        return storedRiskLimits;
    }

    public SetRiskLimits setRiskLimits() {
        return setRiskLimits;
    }

    public RecordDecision recordDecision() {
        return recordDecision;
    }

    public DecisionJournal decisionJournal() {
        return decisionJournal;
    }

    public RaiseAlert raiseAlert() {
        return raiseAlert;
    }

    public ResolveAlert resolveAlert() {
        return resolveAlert;
    }

    public OpenAlerts openAlerts() {
        return openAlerts;
    }

    public TakePerformanceSnapshot takePerformanceSnapshot() {
        return takePerformanceSnapshot;
    }

    public ApplyTapeRetention applyTapeRetention() {
        return applyTapeRetention;
    }

    public ProposeCandidate proposeCandidate() {
        return proposeCandidate;
    }

    public DecideCandidate decideCandidate() {
        return decideCandidate;
    }

    public OrderApprovedCandidate orderApprovedCandidate() {
        return orderApprovedCandidate;
    }

    /** Closes the store (its connection pool, if it owns one). */
    @Override
    public void close() {
        store.close();
    }
}
