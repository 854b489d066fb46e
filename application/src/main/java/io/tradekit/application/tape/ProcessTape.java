package io.tradekit.application.tape;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.trigger.Trigger;
import io.tradekit.domain.trigger.TriggerRepository;
import io.tradekit.domain.watermark.Watermark;
import io.tradekit.domain.watermark.WatermarkPosition;
import io.tradekit.domain.watermark.WatermarkRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads the prints each market has after the consumer's watermark and fires first-hit triggers.
 *
 * <p>Per market, page by page in (timestamp, trade id) order: every print of the page that is not stale
 * and whose price reached a threshold offers a trigger to {@link TriggerRepository#createIfFirst} (which
 * enforces both uniqueness keys), then the watermark advances to the page's last print. The triggers and
 * the advance of one page commit in ONE unit of work, so after a crash either the whole page is behind the
 * watermark with its triggers stored, or none of it is and a re-run processes the page again. The
 * watermark's stream key is the condition id. With {@link ProcessTapeCommand#through} a call stops after that position.
 *
 * <p>"Now" is read once from the clock at the start of a call: a print is judged stale against the same
 * instant for the whole call, and every trigger the call fires carries it as its fire time.
 */
public final class ProcessTape {
    private final MarketTradeRepository marketTrades;
    private final TriggerRepository triggers;
    private final WatermarkRepository watermarks;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ProcessTape(MarketTradeRepository marketTrades, TriggerRepository triggers, WatermarkRepository watermarks,
            UnitOfWork unitOfWork, Clock clock) {
        this.marketTrades = marketTrades;
        this.triggers = triggers;
        this.watermarks = watermarks;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public ProcessTapeResult process(ProcessTapeCommand command) {
        Instant now = clock.instant();
        Collection<ConditionId> markets = command.conditions().isPresent()
                ? command.conditions().get()
                : sorted(marketTrades.findConditionsTradedSince(now.minus(command.maxAge())));

        long printsRead = 0;
        long staleSkipped = 0;
        List<Trigger> fired = new ArrayList<>();
        Map<ConditionId, WatermarkPosition> advancedTo = new LinkedHashMap<>();
        for (ConditionId market : markets) {
            while (true) {
                Page page = unitOfWork.inTransaction(() -> processPage(command, market, now));
                if (page.printsRead() == 0) {
                    break;
                }
                printsRead += page.printsRead();
                staleSkipped += page.staleSkipped();
                fired.addAll(page.fired());
                advancedTo.put(market, page.last());
                if (page.printsRead() < command.batchSize() || page.reachedBound()) {
                    break; // a short page is the end of the market's tape as of now (or of the bound)
                }
            }
        }
        return new ProcessTapeResult(markets.size(), printsRead, staleSkipped, fired, advancedTo);
    }

    /**
     * Whether processing {@code print} now could fire a trigger for the command's account: it is not stale at the
     * clock and its price reached a threshold whose trigger for the print's market is not stored yet. False means
     * {@link #process} would fire nothing on it, now or later (a stale print stays stale, a stored trigger stays);
     * true may still fire nothing (the token key of another market's trigger). Reads, writes nothing.
     */
    public boolean canFire(ProcessTapeCommand command, MarketTrade print) {
        return canFire(command, print, Set.of(), threshold -> {
        });
    }

    /**
     * {@link #canFire(ProcessTapeCommand, MarketTrade)} for a caller that remembers the thresholds whose trigger for
     * the print's market it found stored: those in {@code knownStored} are not read again (a stored trigger stays),
     * and each threshold a read finds stored is handed to {@code foundStored}.
     */
    public boolean canFire(ProcessTapeCommand command, MarketTrade print, Set<Price> knownStored,
            Consumer<Price> foundStored) {
        if (!print.price().isAtLeast(command.thresholds().first())) {
            return false; // most prints: the cheapest test first
        }
        if (print.isStaleAt(clock.instant(), command.maxAge())) {
            return false;
        }
        for (Price threshold : command.thresholds()) {
            if (!print.price().isAtLeast(threshold)) {
                return false; // thresholds are ascending: none further can be reached
            }
            if (knownStored.contains(threshold)) {
                continue;
            }
            if (triggers.findByCondition(command.accountId(), print.conditionId(), threshold).isEmpty()) {
                return true;
            }
            foundStored.accept(threshold);
        }
        return false;
    }

    /** One page, all-or-nothing: its triggers and the watermark advance commit together. */
    private Page processPage(ProcessTapeCommand command, ConditionId market, Instant now) {
        String streamKey = market.value();
        // read inside the unit of work: a concurrent consumer's committed advance is seen, never half of it
        Optional<WatermarkPosition> after = watermarks.find(command.accountId(), command.consumerId(), streamKey)
                .map(Watermark::position);
        List<MarketTrade> prints = marketTrades.findAfter(market, after, command.batchSize());
        boolean reachedBound = false;
        if (command.through().isPresent()) {
            WatermarkPosition bound = command.through().get();
            int within = 0;
            while (within < prints.size() && !prints.get(within).position().isAfter(bound)) {
                within++;
            }
            reachedBound = within < prints.size() || (within > 0 && prints.get(within - 1).position().equals(bound));
            prints = prints.subList(0, within);
        }
        if (prints.isEmpty()) {
            return Page.EMPTY;
        }
        long stale = 0;
        List<Trigger> fired = new ArrayList<>();
        for (MarketTrade print : prints) {
            if (print.isStaleAt(now, command.maxAge())) {
                stale++;
                continue;
            }
            for (Price threshold : command.thresholds()) {
                if (!print.price().isAtLeast(threshold)) {
                    break; // thresholds are ascending: none further can be reached
                }
                Trigger trigger = Trigger.firedBy(command.accountId(), print, threshold, now);
                if (triggers.createIfFirst(trigger)) {
                    fired.add(trigger);
                }
            }
        }
        WatermarkPosition last = prints.get(prints.size() - 1).position();
        // false only when a concurrent consumer already went further: the watermark never moves back
        watermarks.advance(command.accountId(), command.consumerId(), streamKey, last);
        return new Page(prints.size(), stale, fired, last, reachedBound);
    }

    private static SortedSet<ConditionId> sorted(List<ConditionId> conditions) {
        SortedSet<ConditionId> copy = new TreeSet<>(ProcessTapeCommand.CONDITION_ORDER);
        copy.addAll(conditions);
        return copy;
    }

    private record Page(int printsRead, long staleSkipped, List<Trigger> fired, WatermarkPosition last,
            boolean reachedBound) {
        static final Page EMPTY = new Page(0, 0, List.of(), null, true);
    }
}
