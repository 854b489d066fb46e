package io.tradekit.application.backtest;

import io.tradekit.application.journal.RecordDecision;
import io.tradekit.application.backtest.BacktestEvent.MarketResolved;
import io.tradekit.application.backtest.BacktestEvent.PrintReceived;
import io.tradekit.application.execution.RecordExecution;
import io.tradekit.application.execution.RecordExecutionCommand;
import io.tradekit.application.ledger.LedgerPosting;
import io.tradekit.application.position.MarkToMarket;
import io.tradekit.application.position.MarkToMarketCommand;
import io.tradekit.application.position.SettleMarket;
import io.tradekit.application.position.SettleMarketCommand;
import io.tradekit.application.risk.PreTradeRiskCheck;
import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.application.risk.RiskDecision;
import io.tradekit.application.risk.RiskLimitsSource;
import io.tradekit.application.sizing.PositionSizer;
import io.tradekit.application.tape.ClassifyPrint;
import io.tradekit.application.tape.IngestPrints;
import io.tradekit.application.tape.IngestPrintsCommand;
import io.tradekit.application.tape.PrintClass;
import io.tradekit.application.tape.ProcessTape;
import io.tradekit.application.tape.ProcessTapeCommand;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import io.tradekit.domain.trigger.Trigger;
import io.tradekit.domain.watermark.Watermark;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The backtest engine: drives one time-ordered stream of events (prints at their received time, market
 * resolutions) on its own {@link SimulatedClock} through the kit's use cases, and calls each account's
 * {@link Strategy}. Memory grows with the number of markets and tokens, never with the tape.
 *
 * <p>Prints are handled in batches ({@link #batchSize(int)}, default {@value #DEFAULT_BATCH_SIZE}), one unit of work
 * per batch: the batch is ingested into the store's tape (idempotent by venue trade id); then, print by print in
 * time order with the clock at its received time, per account, {@link ClassifyPrint} says what it is against the
 * position the account's stream has reached in this run; a print not late moves that position; a strategy with
 * thresholds has the kit's {@link ProcessTape} run up to the print (never past the clock) when the print can fire
 * ({@link ProcessTape#canFire}), and gets the triggers it fired; the run's end moves each market's watermark to the
 * position the run reached. A retried unit runs the batch again from the last committed batch's state. A resolution
 * settles each account's positions in the market at the resolution time. After the last event each strategy's
 * {@code onEnd} runs, open positions are marked at the last print of their token, and the clock stops at the whole
 * second after the last event.
 *
 * <p>Idempotent on a persistent store: every write is keyed by the tape (trade ids, trigger keys, client trade ids a
 * strategy derives from prints), so a run cut short and run again ends where an uninterrupted run would.
 */
public final class BacktestEngine {
    private static final int SKIP_PAGE = 64;
    /** Prints per unit of work unless told otherwise ({@link #batchSize(int)}). */
    public static final int DEFAULT_BATCH_SIZE = 1_000;
    public static final int MAX_BATCH_SIZE = 100_000;

    private final BacktestStore store;
    private final SimulatedClock clock;
    private final IngestPrints ingestPrints;
    private final ClassifyPrint classifyPrint;
    private final ProcessTape processTape;
    private final RecordExecution recordExecution;
    private final RecordDecision recordDecision;
    private final MarkToMarket markToMarket;
    private final SettleMarket settleMarket;
    private final PreTradeRiskCheck riskCheck;
    private final PositionSizer sizer;
    /** false once the caller put the whole tape on the store itself ({@link #tapeAlreadyStored}) */
    private boolean ingestEachPrint = true;
    private int batchSize = DEFAULT_BATCH_SIZE;

    /** Use cases on {@code store}, on {@code clock} (which this engine moves), with the accounts' risk limits. */
    public BacktestEngine(BacktestStore store, SimulatedClock clock, RiskLimitsSource riskLimits) {
        this.store = Require.nonNull(store, "store");
        this.clock = Require.nonNull(clock, "clock");
        Require.nonNull(riskLimits, "riskLimits");
        this.ingestPrints = new IngestPrints(store.marketTrades(), store.unitOfWork());
        this.classifyPrint = new ClassifyPrint(store.watermarks(), clock);
        this.processTape = new ProcessTape(store.marketTrades(), store.triggers(), store.watermarks(),
                store.unitOfWork(), clock);
        LedgerPosting ledger = new LedgerPosting(store.ledgers());
        this.recordExecution = new RecordExecution(store.trades(), store.positions(), ledger, store.alerts(),
                store.unitOfWork());
        this.recordDecision = new RecordDecision(store.decisions());
        this.markToMarket = new MarkToMarket(store.positions(), store.unitOfWork(), clock);
        this.settleMarket = new SettleMarket(store.positions(), ledger, store.unitOfWork(), clock);
        this.riskCheck = new PreTradeRiskCheck(store.riskSnapshots(), store.tradingStates(), clock, riskLimits);
        this.sizer = new PositionSizer(riskCheck);
    }

    /**
     * Tells the engine that every print of the coming run is on the store's tape already (the caller ingested it
     * whole, e.g. with {@link IngestPrints#ingestAll}), so no print is ingested again: on PostgreSQL a print
     * already stored takes the slow, conflict-checking path of the ingest. The result's {@code printsNew} is then 0.
     * Call before {@link #run}.
     */
    public BacktestEngine tapeAlreadyStored() {
        this.ingestEachPrint = false;
        return this;
    }

    /**
     * At most {@code prints} prints per unit of work (default {@value #DEFAULT_BATCH_SIZE}): fewer commits, and a crash
     * or rollback loses at most one batch, which a re-run (or the retry) handles again. A resolution ends a batch.
     * Call before {@link #run}.
     */
    public BacktestEngine batchSize(int prints) {
        if (prints < 1 || prints > MAX_BATCH_SIZE) {
            throw new InvalidValueException("batchSize", "must lie in [1, " + MAX_BATCH_SIZE + "], got " + prints);
        }
        this.batchSize = prints;
        return this;
    }

    public SimulatedClock clock() {
        return clock;
    }

    public BacktestResult run(EventSource source, List<BacktestAccount> accounts) {
        return run(source, accounts, BacktestProgress.NONE);
    }

    /** Runs every account's strategy over one read of {@code source}, which it closes. */
    public BacktestResult run(EventSource source, List<BacktestAccount> accounts, BacktestProgress progress) {
        Require.nonNull(source, "source");
        Require.nonNull(progress, "progress");
        List<AccountRun> runs = new ArrayList<>();
        Set<AccountId> distinct = new HashSet<>();
        for (BacktestAccount account : Require.nonNull(accounts, "accounts")) {
            if (!distinct.add(account.account())) {
                throw new InvalidValueException("accounts", "each strategy needs its own account; "
                        + account.account() + " is given twice");
            }
            runs.add(new AccountRun(account, runs.size()));
        }
        try (source) {
            return drive(source, runs, progress);
        }
    }

    private BacktestResult drive(EventSource source, List<AccountRun> runs, BacktestProgress progress) {
        Map<ConditionId, Market> markets = new HashMap<>();
        Map<TokenId, MarketTrade> lastPrint = new HashMap<>();
        Batch batch = new Batch(batchSize, runs, progress);
        Instant windowStart = null;

        // start and end run in units of work too, so a transient failure there is retried (their reads again)
        store.unitOfWork().run(() -> runs.forEach(run -> {
            run.beginAttempt();
            run.strategy.onStart(run);
        }));
        runs.forEach(AccountRun::committed);
        progress.started(source.printCount());
        for (BacktestEvent event = source.next(); event != null; event = source.next()) {
            if (event instanceof PrintReceived received) {
                // the clock moves when the batch is handled: refuse a print before the clock now, as it would then
                Instant floor = batch.lastReceivedAt();
                if (floor == null && clock.isStarted()) {
                    floor = clock.instant();
                }
                if (floor != null && received.receivedAt().isBefore(floor)) {
                    batch.flush();
                    clock.set(received.receivedAt()); // refuses to go back, naming both instants
                }
                MarketTrade trade = received.print();
                if (windowStart == null) {
                    windowStart = received.receivedAt();
                }
                Market market = markets.computeIfAbsent(trade.conditionId(), m -> new Market(runs.size()));
                market.printed = true;
                MarketTrade last = lastPrint.putIfAbsent(trade.tokenId(), trade);
                if (last != null && later(last, trade) == trade) {
                    lastPrint.put(trade.tokenId(), trade);
                }
                batch.add(received, market);
            } else if (event instanceof MarketResolved resolution) {
                batch.flush(); // a resolution ends a batch: the prints before it see the market unresolved
                Market market = markets.computeIfAbsent(resolution.conditionId(), m -> new Market(runs.size()));
                if (market.resolvedAt != null) {
                    throw new InvalidValueException("resolution", resolution.conditionId()
                            + " is resolved twice in one run");
                }
                market.resolvedAt = resolution.resolvedAt();
                resolve(resolution, market.printed, runs);
                runs.forEach(AccountRun::committed); // what the strategies did on the resolution counts
            }
        }
        batch.flush();
        progress.finished();

        Map<AccountId, List<Position>> open = store.unitOfWork().inTransaction(() -> {
            Map<AccountId, List<Position>> marked = new HashMap<>();
            for (AccountRun run : runs) {
                run.beginAttempt();
                run.strategy.onEnd(run);
                run.advanceWatermarksToReached(markets);
                marked.put(run.account.account(), run.markOpenPositions(lastPrint));
            }
            return marked;
        });
        runs.forEach(AccountRun::committed);
        Instant start = windowStart == null ? clock.instant() : windowStart;
        // the window ends after the last event: the next whole second, so it reads well in a report
        // (at the end of the kit's range: its exclusive end, so a last event at Times.LATEST is inside the window)
        Instant nextSecond = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Instant end = nextSecond.isAfter(Times.END) ? Times.END : nextSecond;
        clock.set(end);
        return new BacktestResult(batch.prints, batch.printsNew, start, end,
                runs.stream().map(AccountRun::result).toList(), open);
    }

    /**
     * Prints received and not handled yet, up to {@link #batchSize(int) the batch size}: handled together in ONE unit
     * of work. A unit run again after a transient failure starts from the state of the last committed batch: the
     * clock back at the batch's start, each account's counts and stream positions as committed, and the buffered
     * prints handled again in order (a strategy's callbacks for them may run again).
     */
    private final class Batch {
        private final List<PrintReceived> pending;
        /** The market of each pending print. */
        private final List<Market> pendingMarkets;
        private final int capacity;
        private final List<AccountRun> runs;
        private final BacktestProgress progress;
        long prints;
        long printsNew;

        Batch(int capacity, List<AccountRun> runs, BacktestProgress progress) {
            this.pending = new ArrayList<>(Math.min(capacity, 4096));
            this.pendingMarkets = new ArrayList<>(Math.min(capacity, 4096));
            this.capacity = capacity;
            this.runs = runs;
            this.progress = progress;
        }

        /** The last buffered print's received time, null when none is buffered. */
        Instant lastReceivedAt() {
            return pending.isEmpty() ? null : pending.get(pending.size() - 1).receivedAt();
        }

        void add(PrintReceived print, Market market) {
            pending.add(print);
            pendingMarkets.add(market);
            if (pending.size() >= capacity) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            SimulatedClock.Mark start = clock.mark();
            long inserted = store.unitOfWork().inTransaction(() -> {
                clock.reset(start);
                for (AccountRun run : runs) {
                    run.beginAttempt();
                }
                long stored = 0;
                if (ingestEachPrint) {
                    List<MarketTrade> trades = new ArrayList<>(pending.size());
                    for (PrintReceived received : pending) {
                        trades.add(received.print());
                    }
                    stored = ingestPrints.ingest(IngestPrintsCommand.of(trades)).inserted();
                }
                for (int i = 0; i < pending.size(); i++) {
                    PrintReceived received = pending.get(i);
                    clock.set(received.receivedAt());
                    Market market = pendingMarkets.get(i);
                    for (AccountRun run : runs) {
                        run.handle(received, market);
                    }
                }
                return stored;
            });
            runs.forEach(AccountRun::committed);
            printsNew += inserted;
            prints += pending.size();
            pending.clear();
            pendingMarkets.clear();
            progress.advanced(prints);
        }
    }

    /** What the engine keeps per market (never per print): its resolution, and each account's stream of it. */
    private static final class Market {
        boolean printed;
        Instant resolvedAt;
        /** By the account's index in the run; made on the account's first print of the market. */
        final AccountMarket[] accounts;

        Market(int accounts) {
            this.accounts = new AccountMarket[accounts];
        }
    }

    /** One account's stream of one market in this run. */
    private static final class AccountMarket {
        final ConditionId market;
        /** The tape command for the market, built once (a command is immutable and validated on creation). */
        ProcessTapeCommand command;
        /** The last print handled that was not late: a print not after it is late (null: none yet). */
        MarketTrade reached;
        /** {@link #reached} as of the last committed batch, kept while the current batch moves it. */
        MarketTrade reachedCommitted;
        boolean moved;
        /**
         * Thresholds whose trigger for this market the account has stored (a stored trigger stays), so
         * {@link ProcessTape#canFire} need not read it again; those learned in the current batch are also in
         * {@link #storedInBatch}, and are forgotten if its unit of work is run again.
         */
        final Set<Price> triggersStored = new HashSet<>(4);
        final List<Price> storedInBatch = new ArrayList<>(2);

        AccountMarket(ConditionId market) {
            this.market = market;
        }

        void learnStored(Price threshold) {
            if (triggersStored.add(threshold)) {
                storedInBatch.add(threshold);
            }
        }
    }

    /** The later of two prints in (timestamp, trade id) order, as their positions compare, without making them. */
    private static MarketTrade later(MarketTrade a, MarketTrade b) {
        int byTime = b.timestamp().compareTo(a.timestamp());
        return byTime > 0 || byTime == 0 && b.tradeId().value().compareTo(a.tradeId().value()) > 0 ? b : a;
    }

    /**
     * Settles each account's positions in the market at the resolution time. A market the run has no print of yet
     * holds no position taken on its prints, and its resolution does not move the clock: the window covers the
     * traded markets.
     */
    private void resolve(MarketResolved resolution, boolean printed, List<AccountRun> runs) {
        if (!clock.isStarted()) {
            clock.set(resolution.resolvedAt());
        }
        if (printed && resolution.resolvedAt().isAfter(clock.instant())) {
            clock.set(resolution.resolvedAt());
        }
        for (AccountRun run : runs) {
            if (printed) {
                settleMarket.settle(SettleMarketCommand.at(run.account.account(), resolution.conditionId(),
                        resolution.winningTokenId(), resolution.resolvedAt()));
            }
            run.strategy.onResolution(run, resolution);
        }
    }

    /** One account's strategy, its context and its counts. */
    private final class AccountRun implements StrategyContext {
        private final BacktestAccount account;
        private final Strategy strategy;
        private final ProcessTapeCommand processCommand;
        /** The index of the account in the run (its slot in {@link Market#accounts}). */
        private final int index;
        private long late;
        private long resolved;
        private long stale;
        private long fired;
        private long executions;
        private long rejections;
        /** The counts as of the last committed batch. */
        private long[] committedCounts = new long[6];
        /** The markets the current batch moved, to go back to their committed position on a retry. */
        private final List<AccountMarket> moved = new ArrayList<>();

        AccountRun(BacktestAccount account, int index) {
            this.account = account;
            this.index = index;
            this.strategy = account.strategy();
            Set<Price> thresholds = Require.nonNull(strategy.thresholds(), "thresholds");
            this.processCommand = thresholds.isEmpty() ? null
                    : ProcessTapeCommand.of(account.account(), account.consumer(), thresholds)
                            .withMaxAge(account.maxAge());
        }

        /** Back to the state of the last committed batch (a unit of work run again starts from there). */
        void beginAttempt() {
            late = committedCounts[0];
            resolved = committedCounts[1];
            stale = committedCounts[2];
            fired = committedCounts[3];
            executions = committedCounts[4];
            rejections = committedCounts[5];
            for (AccountMarket market : moved) {
                market.reached = market.reachedCommitted;
                market.moved = false;
                market.storedInBatch.forEach(market.triggersStored::remove);
                market.storedInBatch.clear();
            }
            moved.clear();
        }

        /** The batch's unit of work committed: keep its counts and the positions its markets reached. */
        void committed() {
            committedCounts[0] = late;
            committedCounts[1] = resolved;
            committedCounts[2] = stale;
            committedCounts[3] = fired;
            committedCounts[4] = executions;
            committedCounts[5] = rejections;
            for (AccountMarket market : moved) {
                market.reachedCommitted = market.reached;
                market.moved = false;
                market.storedInBatch.clear();
            }
            moved.clear();
        }

        void handle(PrintReceived received, Market market) {
            MarketTrade trade = received.print();
            AccountMarket stream = market.accounts[index];
            if (stream == null) {
                stream = new AccountMarket(trade.conditionId());
                market.accounts[index] = stream;
            }
            PrintClass printClass = classifyPrint.classifyAfter(trade, stream.reached, market.resolvedAt,
                    account.maxAge());
            if (printClass == PrintClass.LATE) {
                late++;
                strategy.onPrint(this, received, printClass);
                return;
            }
            if (!stream.moved) {
                stream.moved = true;
                moved.add(stream);
            }
            MarketTrade previous = stream.reached;
            stream.reached = trade;
            if (printClass == PrintClass.AFTER_RESOLUTION) {
                resolved++;
                if (processCommand != null) {
                    // nothing left to trigger; the consumer's watermark still moves past the print, so a re-run on
                    // this store never meets it as a print still to process
                    store.watermarks().advance(account.account(), account.consumer(), stream.market.value(),
                            trade.position());
                }
                strategy.onPrint(this, received, printClass);
                return;
            }
            if (printClass == PrintClass.STALE) {
                stale++;
            }
            List<Trigger> triggers = List.of();
            if (processCommand != null) {
                if (stream.command == null) {
                    stream.command = processCommand.withConditions(Set.of(stream.market));
                }
                // a print that cannot fire is left behind the watermark for now: the next print that can fire
                // skips it with the prints not received, and the run's end moves the watermark to where it reached
                AccountMarket known = stream;
                if (processTape.canFire(stream.command, trade, stream.triggersStored, known::learnStored)) {
                    skipPrintsNotReceived(trade, previous);
                    triggers = processTape.process(stream.command.through(trade.position())).triggersFired();
                    for (Trigger trigger : triggers) {
                        if (trigger.conditionId().equals(stream.market)) {
                            stream.learnStored(trigger.threshold());
                        }
                    }
                }
            }
            strategy.onPrint(this, received, printClass);
            for (Trigger trigger : triggers) {
                fired++;
                strategy.onTrigger(this, trigger);
            }
        }

        /**
         * The store's tape is shared by its accounts (and may hold other tapes): another account's run of this tape
         * may have stored prints this run has not received yet. Those before the current print are moved behind
         * this account's watermark (when they arrive they are late, as on a store this run fills alone), and the
         * current print is processed with itself as the upper bound, so nothing ahead of the clock fires. On a store
         * this run fills alone, the first print after the watermark is the current one: one short read.
         *
         * <p>The read starts after the watermark or after {@code previous} (the last print this run handled in the
         * market, not late), whichever is further: every stored print up to {@code previous} is to be skipped anyway
         * (those not received yet will be late), so the prints the run left behind the watermark (they could not
         * fire) are not read again one by one.
         */
        private void skipPrintsNotReceived(MarketTrade current, MarketTrade previous) {
            String streamKey = current.conditionId().value();
            Optional<WatermarkPosition> after = store.watermarks()
                    .find(account.account(), account.consumer(), streamKey).map(Watermark::position);
            WatermarkPosition skipTo = null;
            if (previous != null && (after.isEmpty() || previous.position().isAfter(after.get()))) {
                skipTo = previous.position();
                after = Optional.of(skipTo);
            }
            while (true) {
                List<MarketTrade> page = store.marketTrades().findAfter(current.conditionId(), after, SKIP_PAGE);
                for (MarketTrade stored : page) {
                    if (!current.position().isAfter(stored.position())) {
                        page = List.of(); // reached the current print
                        break;
                    }
                    skipTo = stored.position();
                }
                if (page.size() < SKIP_PAGE) {
                    break;
                }
                after = Optional.of(page.get(page.size() - 1).position());
            }
            if (skipTo != null) {
                store.watermarks().advance(account.account(), account.consumer(), streamKey, skipTo);
            }
        }

        /**
         * Each market's watermark to the last print this run processed (not late), where processing every print
         * would have left it: prints that could not fire were not processed one by one. Never moves one back.
         */
        void advanceWatermarksToReached(Map<ConditionId, Market> markets) {
            if (processCommand == null) {
                return;
            }
            for (Market market : markets.values()) {
                AccountMarket stream = market.accounts[index];
                if (stream != null && stream.reached != null) {
                    store.watermarks().advance(account.account(), account.consumer(), stream.market.value(),
                            stream.reached.position());
                }
            }
        }

        /** Open positions valued at the last print of their token (by time); returns them as marked. */
        List<Position> markOpenPositions(Map<TokenId, MarketTrade> lastPrint) {
            Map<TokenId, Price> prices = new HashMap<>();
            for (Position open : store.positions().findOpenByAccount(account.account())) {
                MarketTrade last = lastPrint.get(open.tokenId());
                if (last != null) {
                    prices.put(open.tokenId(), last.price());
                }
            }
            markToMarket.mark(MarkToMarketCommand.of(account.account(), prices));
            return store.positions().findOpenByAccount(account.account());
        }

        BacktestResult.AccountResult result() {
            return new BacktestResult.AccountResult(account.account(), late, resolved, stale, fired, executions,
                    rejections);
        }

        @Override
        public AccountId account() {
            return account.account();
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public PreTradeRiskCheck riskCheck() {
            return riskCheck;
        }

        @Override
        public PositionSizer sizer() {
            return sizer;
        }

        @Override
        public RecordExecution recordExecution() {
            return recordExecution;
        }

        @Override
        public RecordDecision recordDecision() {
            return recordDecision;
        }

        @Override
        public FillModel fillModel() {
            return account.fillModel();
        }

        @Override
        public List<Position> openPositions() {
            return store.positions().findOpenByAccount(account.account());
        }

        @Override
        public Optional<Position> openPosition(TokenId token) {
            return store.positions().findOpenByToken(account.account(), token);
        }

        @Override
        public Optional<Trigger> trigger(ConditionId market, Price threshold) {
            return store.triggers().findByCondition(account.account(), market, threshold);
        }

        @Override
        public List<Trigger> triggers() {
            return store.triggers().findByAccount(account.account());
        }

        @Override
        public Optional<Trade> trade(ClientTradeId clientTradeId) {
            return store.trades().find(account.account(), clientTradeId);
        }

        @Override
        public Execution execute(ClientTradeId clientTradeId, ProposedOrder order) {
            Require.nonNull(clientTradeId, "clientTradeId");
            Require.nonNull(order, "order");
            if (!order.accountId().equals(account.account())) {
                throw new InvalidValueException("accountId", "a strategy trades under its own account "
                        + account.account() + ", not " + order.accountId());
            }
            RiskDecision decision = riskCheck.evaluate(order);
            if (decision.rejected()) {
                rejections++;
                return new Execution(decision, null);
            }
            Fill fill = account.fillModel().fill(order);
            if (fill == null || !fill.quantity().isPositive()) {
                return new Execution(decision, null);
            }
            TradeLeg leg = TradeLeg.filled(order.conditionId(), order.tokenId(), order.side(), fill.quantity(),
                    fill.price(), fill.fee());
            Trade trade = Trade.of(account.account(), clientTradeId, clock.instant(), List.of(leg));
            recordExecution.record(RecordExecutionCommand.of(trade));
            executions++;
            return new Execution(decision, trade);
        }
    }
}
