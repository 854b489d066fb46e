package io.tradekit.bootstrap.replay;

import io.tradekit.application.analytics.PerformanceReport;
import io.tradekit.application.analytics.PerformanceReportCommand;
import io.tradekit.application.execution.RecordExecutionCommand;
import io.tradekit.application.position.MarkToMarketCommand;
import io.tradekit.application.position.SettleMarketCommand;
import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.application.risk.RiskDecision;
import io.tradekit.application.tape.IngestPrintsCommand;
import io.tradekit.application.tape.ProcessTapeCommand;
import io.tradekit.application.tape.ProcessTapeResult;
import io.tradekit.bootstrap.Tradekit;
import io.tradekit.bootstrap.report.ReplayReport;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import io.tradekit.domain.trigger.Trigger;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.Watermark;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replays a tape through the kit's use cases, print by print, on a simulated clock: the reference
 * strategy of docs/replay.md. The replay decides nothing a use case decides (staleness, first hits,
 * positions, risk, metrics): it feeds prints, sets the clock, and turns each new trigger into an entry.
 *
 * <p>Idempotent on a persistent store: every write is keyed by the tape (venue trade ids, the trigger
 * keys, client trade ids derived from the print), each print is handled in one unit of work, and the
 * figures of the report are read back from the store and the tape, so a second run on the same store
 * writes nothing and reports the same (except {@code prints_new}, then 0); a run cut short and run again
 * ends where an uninterrupted run would.
 */
public final class Replay {
    /** Whose watermarks the replay keeps: one consumer per account. */
    public static final ConsumerId CONSUMER = ConsumerId.of("replay");
    private static final String ENTRY_PREFIX = "replay-entry:";
    private static final int SKIP_PAGE = 64;

    private final Tradekit kit;
    private final SimulatedClock clock;
    private final ReplaySettings settings;
    private final ProcessTapeCommand processCommand;

    /** {@code kit} must run on {@code clock}: the replay moves it, the use cases read it. */
    public Replay(Tradekit kit, SimulatedClock clock, ReplaySettings settings) {
        if (kit.clock() != clock) {
            throw new IllegalArgumentException("the kit must run on the replay's simulated clock");
        }
        this.kit = kit;
        this.clock = clock;
        this.settings = settings;
        this.processCommand = ProcessTapeCommand.of(settings.account(), CONSUMER, Set.of(settings.threshold()))
                .withMaxAge(settings.maxAge());
    }

    /** The instant a replay of {@code input} starts its clock at: its first print or resolution. */
    public static Instant startOf(ReplayInput input) {
        Instant start = null;
        for (TapePrint p : input.prints()) {
            start = start == null || p.receivedAt().isBefore(start) ? p.receivedAt() : start;
        }
        for (Resolution r : input.resolutions()) {
            start = start == null || r.resolvedAt().isBefore(start) ? r.resolvedAt() : start;
        }
        return start == null ? Instant.EPOCH : start;
    }

    public ReplayReport run(ReplayInput input, ReplayReport.Run run, ReplayProgress progress) {
        List<TapePrint> prints = new ArrayList<>(input.prints());
        prints.sort(Comparator.comparing(TapePrint::receivedAt)); // stable: ties keep file order
        Set<ConditionId> traded = new HashSet<>();
        prints.forEach(p -> traded.add(p.trade().conditionId()));
        List<Resolution> outcomes = new ArrayList<>(input.resolutions().stream()
                .filter(r -> traded.contains(r.conditionId())).toList());
        outcomes.sort(Comparator.comparing(Resolution::resolvedAt));
        Deque<Resolution> pending = new ArrayDeque<>(outcomes);

        Tally tally = new Tally();
        Set<ConditionId> resolved = new HashSet<>();
        Map<ConditionId, WatermarkPosition> seen = new HashMap<>();
        Map<TokenId, MarketTrade> lastPrint = new HashMap<>();
        Instant windowStart = prints.isEmpty() ? clock.instant() : prints.get(0).receivedAt();

        // the whole tape first, in one unit of work: a print the store holds with other content (an earlier run of
        // an edited file) refuses the run before anything is written
        // (each trade id once: the reader lets an id repeat only with identical values, the same print received twice)
        Map<MarketTradeId, MarketTrade> tape = new LinkedHashMap<>();
        prints.forEach(p -> tape.putIfAbsent(p.trade().tradeId(), p.trade()));
        tally.printsNew = kit.ingestPrints().ingest(IngestPrintsCommand.of(List.copyOf(tape.values()))).inserted();

        progress.started(prints.size());
        long done = 0;
        for (TapePrint print : prints) {
            settleDue(pending, print.receivedAt(), resolved);
            clock.set(print.receivedAt());
            // one unit per print, run again whole after a transient failure (kit.unitOfWork()): handle() only reads
            // the loop's state, which is updated once the unit has committed
            Outcome outcome = kit.unitOfWork().inTransaction(() -> handle(print, resolved, seen));
            tally.count(outcome);
            if (outcome != Outcome.LATE) {
                seen.put(print.trade().conditionId(), print.trade().position());
            }
            MarketTrade trade = print.trade();
            lastPrint.merge(trade.tokenId(), trade, (a, b) -> b.position().isAfter(a.position()) ? b : a);
            progress.advanced(++done);
        }
        progress.finished();

        markOpenPositions(lastPrint);
        settleDue(pending, Instant.MAX, resolved);
        // the window ends after the last event: the next whole second, so it reads well in the report
        // (at the end of the kit's range: its exclusive end, so a last event at Times.LATEST is inside the window)
        Instant nextSecond = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Instant windowEnd = nextSecond.isAfter(Times.END) ? Times.END : nextSecond;
        clock.set(windowEnd);
        // the report's reads in one unit too, so a connection dropped while reading is read again
        return kit.unitOfWork().inTransaction(() -> report(input, run.withWindow(windowStart, windowEnd), tally));
    }

    /** Settles, in resolution order and at their resolution times, the markets resolved by {@code until}. */
    private void settleDue(Deque<Resolution> pending, Instant until, Set<ConditionId> resolved) {
        while (!pending.isEmpty() && !pending.peekFirst().resolvedAt().isAfter(until)) {
            Resolution r = pending.pollFirst();
            if (r.resolvedAt().isAfter(clock.instant())) {
                clock.set(r.resolvedAt());
            }
            kit.settleMarket().settle(SettleMarketCommand.at(settings.account(), r.conditionId(), r.winningTokenId(),
                    r.resolvedAt()));
            resolved.add(r.conditionId());
        }
    }

    /** One print, in one unit of work: skip it (late, resolved) or process it. Safe to run again. */
    private Outcome handle(TapePrint print, Set<ConditionId> resolved, Map<ConditionId, WatermarkPosition> seen) {
        MarketTrade trade = print.trade(); // on the tape already: run() ingested the whole tape first
        WatermarkPosition position = trade.position();
        WatermarkPosition watermark = seen.get(trade.conditionId());
        if (watermark != null && !position.isAfter(watermark)) {
            return Outcome.LATE; // not after what this market's stream already processed: it can never fire
        }
        if (resolved.contains(trade.conditionId())) {
            // the market is settled: nothing left to buy. The consumer's watermark still moves past the
            // print, so that a re-run on this store never meets it as a print still to process
            kit.store().watermarks().advance(settings.account(), CONSUMER, trade.conditionId().value(), position);
            return Outcome.RESOLVED;
        }
        boolean stale = trade.isStaleAt(clock.instant(), settings.maxAge());
        skipPrintsNotReceived(trade);
        ProcessTapeResult result = kit.processTape().process(processCommand
                .withConditions(Set.of(trade.conditionId())).through(position));
        for (Trigger trigger : result.triggersFired()) {
            enter(trigger);
        }
        return stale ? Outcome.STALE : Outcome.PROCESSED;
    }

    /** What became of one print, counted once its unit of work committed. */
    private enum Outcome { LATE, RESOLVED, STALE, PROCESSED }

    /**
     * The store's tape is shared by its accounts (and may hold other tapes): another account's replay of this
     * tape has already stored prints this run has not received yet. Those before the current print are moved
     * behind this account's watermark (when they arrive they are late, as on a store this run fills alone),
     * and the current print is processed with itself as the upper bound, so nothing ahead of the clock fires.
     * On a store this run fills alone, the first print after the watermark is the current one: one short read.
     */
    private void skipPrintsNotReceived(MarketTrade current) {
        String streamKey = current.conditionId().value();
        Optional<WatermarkPosition> after = kit.store().watermarks().find(settings.account(), CONSUMER, streamKey)
                .map(Watermark::position);
        WatermarkPosition skipTo = null;
        while (true) {
            List<MarketTrade> page = kit.store().marketTrades().findAfter(current.conditionId(), after, SKIP_PAGE);
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
            kit.store().watermarks().advance(settings.account(), CONSUMER, streamKey, skipTo);
        }
    }

    /** A new trigger: buy the token at the print's price for the stake, if the risk gate lets it through. */
    private void enter(Trigger trigger) {
        Price price = trigger.price();
        Quantity quantity = quantityFor(price);
        ProposedOrder order = new ProposedOrder(settings.account(), trigger.conditionId(), null, trigger.tokenId(),
                Side.BUY, quantity, price);
        RiskDecision decision = kit.preTradeRiskCheck().evaluate(order);
        if (decision.rejected()) {
            return; // counted from the store at the end: a trigger without its entry
        }
        Money fee = Money.rounded(price.times(quantity).amount().multiply(settings.feeBps())
                .divide(BigDecimal.valueOf(10_000)));
        TradeLeg leg = TradeLeg.filled(trigger.conditionId(), trigger.tokenId(), Side.BUY, quantity, price, fee);
        Trade trade = Trade.of(settings.account(), entryId(trigger.marketTradeId()), clock.instant(), List.of(leg));
        kit.recordExecution().record(RecordExecutionCommand.of(trade));
    }

    private Quantity quantityFor(Price price) {
        return Quantity.of(settings.stake().amount().divide(price.value(), ReplaySettings.QUANTITY_DECIMALS,
                RoundingMode.DOWN));
    }

    /** Open positions valued at the last print of their token (by time), at the clock of the last print. */
    private void markOpenPositions(Map<TokenId, MarketTrade> lastPrint) {
        Map<TokenId, Price> prices = new HashMap<>();
        for (Position open : kit.store().positions().findOpenByAccount(settings.account())) {
            MarketTrade last = lastPrint.get(open.tokenId());
            if (last != null) {
                prices.put(open.tokenId(), last.price());
            }
        }
        kit.markToMarket().mark(MarkToMarketCommand.of(settings.account(), prices));
    }

    private ReplayReport report(ReplayInput input, ReplayReport.Run run, Tally tally) {
        AccountId account = settings.account();
        Set<MarketTradeId> tape = new HashSet<>();
        input.prints().forEach(p -> tape.add(p.trade().tradeId()));
        long triggers = 0;
        long entries = 0;
        for (Trigger trigger : kit.store().triggers().findByAccount(account)) {
            if (trigger.threshold().compareTo(settings.threshold()) == 0 && tape.contains(trigger.marketTradeId())) {
                triggers++;
                if (kit.store().trades().find(account, entryId(trigger.marketTradeId())).isPresent()) {
                    entries++;
                }
            }
        }
        List<Position> open = kit.store().positions().findOpenByAccount(account);
        Money openCost = open.stream().map(Position::costBasis).reduce(Money.ZERO, Money::plus);
        Money unrealized = open.stream().map(Position::unrealizedPnl).reduce(Money.ZERO, Money::plus);
        ReplayReport.Counts counts = new ReplayReport.Counts(input.prints().size(), tally.printsNew, tally.late,
                tally.stale, tally.resolved, triggers, entries, triggers - entries, open.size(), openCost.amount(),
                unrealized.amount());

        PerformanceReport p = kit.performanceReport().generate(PerformanceReportCommand
                .of(account, run.windowStart(), run.windowEnd(), settings.startingCapital())
                .inZone(settings.zone())
                .withPeriodsPerYear(settings.periodsPerYear()));
        ReplayReport.Performance performance = new ReplayReport.Performance(p.closed(), p.wins(), p.losses(),
                p.breakevens(), p.winRate(), amount(p.netProfit()), amount(p.grossProfit()), amount(p.grossLoss()),
                p.profitFactor(), amount(p.averageWin()), amount(p.averageLoss()), amount(p.largestWin()),
                amount(p.largestLoss()), amount(p.averagePnlPerTrade()), amount(p.expectancy()),
                amount(p.maxDrawdown()), p.maxDrawdownFraction(),
                p.maxDrawdownPeriod() == null ? null : p.maxDrawdownPeriod().peakAt(),
                p.maxDrawdownPeriod() == null ? null : p.maxDrawdownPeriod().troughAt(),
                p.sharpe(), p.sortino(), p.cagr(), p.calmar(), amount(p.startingCapital()), amount(p.endingEquity()));
        List<ReplayReport.EquityPoint> curve = p.equityCurve().stream()
                .map(point -> new ReplayReport.EquityPoint(point.at(), point.equity().amount())).toList();
        List<ReplayReport.DailyEquity> daily = p.dailyEquity().stream()
                .map(day -> new ReplayReport.DailyEquity(day.day(), day.equity().amount())).toList();
        return new ReplayReport(run, counts, performance, curve, daily);
    }

    /** The client trade id of the entry a print fired: derived from the print, so a re-run finds it. */
    static ClientTradeId entryId(MarketTradeId print) {
        String plain = ENTRY_PREFIX + print.value();
        return ClientTradeId.of(plain.length() <= 200 ? plain : ENTRY_PREFIX + "sha256:" + sha256(print.value()));
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    /** What the loop counts from the tape itself (the same on every run). */
    private static final class Tally {
        long printsNew;
        long late;
        long stale;
        long resolved;

        void count(Outcome outcome) {
            switch (outcome) {
                case LATE -> late++;
                case RESOLVED -> resolved++;
                case STALE -> stale++;
                case PROCESSED -> { }
            }
        }
    }
}
