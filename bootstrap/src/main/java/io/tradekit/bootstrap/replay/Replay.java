package io.tradekit.bootstrap.replay;

import io.tradekit.application.analytics.PerformanceReport;
import io.tradekit.application.analytics.PerformanceReportCommand;
import io.tradekit.application.backtest.BacktestAccount;
import io.tradekit.application.backtest.BacktestEngine;
import io.tradekit.application.backtest.BacktestEvent;
import io.tradekit.application.backtest.BacktestResult;
import io.tradekit.application.backtest.EventSource;
import io.tradekit.application.backtest.EventSources;
import io.tradekit.application.backtest.FeeFillModel;
import io.tradekit.application.backtest.SimulatedClock;
import io.tradekit.application.backtest.Strategy;
import io.tradekit.application.backtest.ThresholdStrategy;
import io.tradekit.application.tape.ConflictPolicy;
import io.tradekit.bootstrap.Tradekit;
import io.tradekit.bootstrap.report.ReplayReport;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.watermark.ConsumerId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

/**
 * {@code tradekit replay}: the reference strategy ({@link ThresholdStrategy}) run by the application's
 * {@link BacktestEngine} over a tape, and its report. The replay only turns the input into events, and the run's
 * results and the store's figures into a {@link ReplayReport}: the engine and the use cases decide everything else.
 *
 * <p>Idempotent on a persistent store (see the engine): a second run on the same store writes nothing and reports
 * the same, except {@code prints_new}, then 0.
 */
public final class Replay {
    /** Whose watermarks the replay keeps: one consumer per account. */
    public static final ConsumerId CONSUMER = BacktestAccount.DEFAULT_CONSUMER;

    private final Tradekit kit;
    private final SimulatedClock clock;
    private final ReplaySettings settings;

    /** {@code kit} must run on {@code clock}: the engine moves it, the use cases read it. */
    public Replay(Tradekit kit, SimulatedClock clock, ReplaySettings settings) {
        if (kit.clock() != clock) {
            throw new IllegalArgumentException("the kit must run on the replay's simulated clock");
        }
        this.kit = kit;
        this.clock = clock;
        this.settings = settings;
    }

    /** The events of a validated input: its prints at their received time and its resolutions, in time order. */
    public static EventSource events(ReplayInput input) {
        List<BacktestEvent.PrintReceived> prints = new ArrayList<>(input.prints().size());
        input.prints().forEach(p -> prints.add(new BacktestEvent.PrintReceived(p.trade(), p.receivedAt())));
        return EventSources.merge(EventSources.sorted(prints), resolutions(input.resolutions()));
    }

    /** The events of a streamed input: the sorted tape merged with the resolutions. */
    public static EventSource events(ReplayInputReader.StreamedInput input) {
        return EventSources.merge(input.tape().events(), resolutions(input.resolutions()));
    }

    private static List<BacktestEvent.MarketResolved> resolutions(List<Resolution> resolutions) {
        return resolutions.stream()
                .map(r -> new BacktestEvent.MarketResolved(r.conditionId(), r.winningTokenId(), r.resolvedAt()))
                .toList();
    }

    public ReplayReport run(ReplayInput input, ReplayReport.Run run, ReplayProgress progress) {
        return run(events(input), run, progress);
    }

    /** The reference strategy ({@link ThresholdStrategy} with the settings' threshold and stake). */
    public ReplayReport run(EventSource events, ReplayReport.Run run, ReplayProgress progress) {
        return run(events, run, progress, referenceStrategy());
    }

    /** The reference strategy with the settings' threshold and stake. */
    public ThresholdStrategy referenceStrategy() {
        return ThresholdStrategy.fixedStake(settings.threshold(), settings.stake());
    }

    /**
     * Any strategy, under the settings' account, fee and max age. The report's triggers and entries are the
     * reference strategy's own count (read back from the store, so a re-run reports the same); for another
     * strategy they are what the run did: triggers fired, orders executed and orders the risk check rejected.
     */
    public ReplayReport run(EventSource events, ReplayReport.Run run, ReplayProgress progress, Strategy strategy) {
        return run(events, OptionalLong.empty(), run, progress, strategy);
    }

    /**
     * A streamed input. On a store whose tape holds prints already, the whole tape is ingested first, in one unit of
     * work, so that a print the store holds with other values (an earlier run of an edited file) refuses the run
     * before anything is written ({@link io.tradekit.application.tape.ConflictingPrintsException}); then the engine
     * runs over it. On an empty in-memory store (every CLI run in memory) no print can conflict: one pass, the engine
     * ingests each batch as it goes, so the sorted tape is read once, not twice.
     */
    public ReplayReport run(ReplayInputReader.StreamedInput input, ReplayReport.Run run, ReplayProgress progress,
            Strategy strategy) {
        if (emptyInMemoryTape()) {
            return run(events(input), OptionalLong.empty(), run, progress, strategy);
        }
        Iterable<MarketTrade> tape = () -> new TradeIterator(input.tape());
        long printsNew = kit.ingestPrints().ingestAll(tape, ConflictPolicy.REFUSE).inserted();
        return run(events(input), OptionalLong.of(printsNew), run, progress, strategy);
    }

    /**
     * The tape the store already holds ({@link StoreTapeInput#events}): nothing is ingested, so {@code prints_new} is 0;
     * otherwise reported like a replay of the same prints from a file. Closes {@code events} (the store's cursor).
     */
    public ReplayReport runStoredTape(EventSource events, ReplayReport.Run run, ReplayProgress progress,
            Strategy strategy) {
        try (events) {
            return run(events, OptionalLong.of(0), run, progress, strategy);
        }
    }

    /**
     * An in-memory store whose tape holds no print. Only in memory: on PostgreSQL the bulk ingest (through a staging
     * table) is the fast way to put a tape on the store, and the question would cost a scan of the stored tape.
     */
    private boolean emptyInMemoryTape() {
        return "memory".equals(kit.store().name()) // TradekitStore.inMemory()'s name
                && kit.store().marketTrades().findConditionsTradedSince(Times.EARLIEST).isEmpty();
    }

    /** One read of the sorted tape's trades (closed at its end). */
    private static final class TradeIterator implements Iterator<MarketTrade> {
        private final SortedTape.Cursor cursor;
        private TapePrint next;

        TradeIterator(SortedTape tape) {
            this.cursor = tape.prints();
            this.next = cursor.next();
            if (next == null) {
                cursor.close();
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public MarketTrade next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            MarketTrade trade = next.trade();
            next = cursor.next();
            if (next == null) {
                cursor.close();
            }
            return trade;
        }
    }

    private ReplayReport run(EventSource events, OptionalLong ingestedBefore, ReplayReport.Run run,
            ReplayProgress progress, Strategy strategy) {
        BacktestAccount account = account(settings.account(), strategy);
        BacktestEngine engine = new BacktestEngine(kit.backtestStore(), clock, kit.riskLimits());
        if (ingestedBefore.isPresent()) {
            engine.tapeAlreadyStored();
        }
        BacktestResult result = engine.run(events, List.of(account), progress);
        long printsNew = ingestedBefore.orElse(result.printsNew());
        return report(settings.account(), result, printsNew, strategy, described(run, result, strategy));
    }

    /**
     * Several strategies in one pass over one read of {@code events}, each under its own account (with the settings'
     * fee and max age), and a report per account in the order given: each equals the report of a run of that strategy
     * alone on a store of its own. {@code run} describes the input; each report names its account. Prints the store
     * does not hold yet are ingested batch by batch as the engine goes. A {@link ThresholdStrategy}'s report is
     * described with the settings' threshold and stake (the reference strategy's); any other strategy by its class.
     */
    public Map<AccountId, ReplayReport> runEach(EventSource events, ReplayReport.Run run, ReplayProgress progress,
            Map<AccountId, Strategy> strategies) {
        List<BacktestAccount> accounts = new ArrayList<>();
        strategies.forEach((account, strategy) -> accounts.add(account(account, strategy)));
        BacktestResult result = new BacktestEngine(kit.backtestStore(), clock, kit.riskLimits())
                .run(events, accounts, progress);
        Map<AccountId, ReplayReport> reports = new LinkedHashMap<>();
        strategies.forEach((account, strategy) -> reports.put(account, report(account, result, result.printsNew(),
                strategy, described(run, result, strategy).withAccount(account.value()))));
        return reports;
    }

    private BacktestAccount account(AccountId account, Strategy strategy) {
        return new BacktestAccount(account, CONSUMER, strategy, FeeFillModel.feeOnly(settings.feeBps()),
                settings.maxAge());
    }

    /** The run over the window it covered, naming a strategy other than the reference one by its class. */
    private static ReplayReport.Run described(ReplayReport.Run run, BacktestResult result, Strategy strategy) {
        ReplayReport.Run window = run.withWindow(result.windowStart(), result.windowEnd());
        return strategy instanceof ThresholdStrategy ? window : window.withStrategy(strategy.getClass().getName());
    }

    private ReplayReport report(AccountId account, BacktestResult result, long printsNew, Strategy strategy,
            ReplayReport.Run run) {
        BacktestResult.AccountResult tally = result.account(account);
        List<Position> open = result.openPositions(account);
        Money openCost = open.stream().map(Position::costBasis).reduce(Money.ZERO, Money::plus);
        Money unrealized = open.stream().map(Position::unrealizedPnl).reduce(Money.ZERO, Money::plus);
        long triggers = tally.triggersFired();
        long entries = tally.executions();
        long rejected = tally.rejectedByRisk();
        if (strategy instanceof ThresholdStrategy reference) {
            triggers = reference.triggers();
            entries = reference.entries();
            rejected = triggers - entries;
        }
        ReplayReport.Counts counts = new ReplayReport.Counts(result.prints(), printsNew, tally.lateSkipped(),
                tally.staleSkipped(), tally.resolvedSkipped(), triggers, entries, rejected, open.size(),
                openCost.amount(), unrealized.amount());

        PerformanceReport performance = kit.performanceReport().generate(PerformanceReportCommand
                .of(account, run.windowStart(), run.windowEnd(), settings.startingCapital())
                .inZone(settings.zone())
                .withPeriodsPerYear(settings.periodsPerYear()));
        return new ReplayReport(run, counts, performance);
    }
}
