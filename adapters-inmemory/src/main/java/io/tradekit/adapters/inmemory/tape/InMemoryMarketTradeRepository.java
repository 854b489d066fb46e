package io.tradekit.adapters.inmemory.tape;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.tape.IngestResult;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.tape.PrintConflict;
import io.tradekit.domain.tape.TapeWindow;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The tape in memory: prints by venue trade id, and per market a skip list ordered by
 * (timestamp, trade id) so reading after a watermark is a tail view, never a scan.
 */
public final class InMemoryMarketTradeRepository implements MarketTradeRepository {
    private static final String SMALLEST_ID = "!";
    private final InMemoryUnitOfWork unitOfWork;
    private final ConcurrentHashMap<MarketTradeId, MarketTrade> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ConditionId, ConcurrentSkipListMap<WatermarkPosition, MarketTrade>> byCondition =
            new ConcurrentHashMap<>();

    public InMemoryMarketTradeRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public boolean insertIfAbsent(MarketTrade trade) {
        Require.nonNull(trade, "trade");
        return unitOfWork.write(() -> insert(trade));
    }

    @Override
    public IngestResult ingest(Collection<MarketTrade> trades) {
        Require.nonNull(trades, "trades");
        // validate the whole batch first: a bad element must leave nothing written
        int index = 0;
        for (MarketTrade trade : trades) {
            if (trade == null) {
                throw new InvalidValueException("trades", "element " + index + " is null");
            }
            index++;
        }
        return unitOfWork.write(() -> {
            int inserted = 0;
            List<PrintConflict> conflicts = new ArrayList<>();
            for (MarketTrade trade : trades) {
                if (insert(trade)) {
                    inserted++;
                    continue;
                }
                MarketTrade stored = byId.get(trade.tradeId());
                if (!stored.equals(trade)) {
                    conflicts.add(new PrintConflict(stored, trade));
                }
            }
            return new IngestResult(inserted, conflicts);
        });
    }

    private boolean insert(MarketTrade trade) {
        if (byId.putIfAbsent(trade.tradeId(), trade) != null) {
            return false;
        }
        WatermarkPosition key = trade.position();
        byCondition.computeIfAbsent(trade.conditionId(), c -> new ConcurrentSkipListMap<>()).put(key, trade);
        unitOfWork.onRollback(() -> {
            ConcurrentSkipListMap<WatermarkPosition, MarketTrade> market = byCondition.get(trade.conditionId());
            if (market != null) {
                market.remove(key);
            }
            byId.remove(trade.tradeId());
        });
        return true;
    }

    @Override
    public Optional<MarketTrade> findById(MarketTradeId tradeId) {
        Require.nonNull(tradeId, "tradeId");
        return Optional.ofNullable(byId.get(tradeId));
    }

    @Override
    public List<MarketTrade> findAfter(ConditionId conditionId, Optional<WatermarkPosition> after, int limit) {
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(after, "after");
        if (limit <= 0) {
            throw new InvalidValueException("limit", "must be positive, got " + limit);
        }
        ConcurrentSkipListMap<WatermarkPosition, MarketTrade> market = byCondition.get(conditionId);
        if (market == null) {
            return List.of();
        }
        NavigableMap<WatermarkPosition, MarketTrade> tail = after.isPresent() ? market.tailMap(after.get(), false) : market;
        List<MarketTrade> page = new ArrayList<>(Math.min(limit, 16)); // grows when needed; most reads are short
        Iterator<MarketTrade> it = tail.values().iterator();
        while (page.size() < limit && it.hasNext()) {
            page.add(it.next());
        }
        return Collections.unmodifiableList(page);
    }

    @Override
    public List<ConditionId> findConditionsTradedSince(Instant since) {
        Require.nonNull(since, "since");
        List<ConditionId> markets = new ArrayList<>();
        // one look per market at its latest print, not per print
        for (Map.Entry<ConditionId, ConcurrentSkipListMap<WatermarkPosition, MarketTrade>> e : byCondition.entrySet()) {
            Map.Entry<WatermarkPosition, MarketTrade> last = e.getValue().lastEntry();
            if (last != null && !last.getKey().timestamp().isBefore(since)) {
                markets.add(e.getKey());
            }
        }
        markets.sort((a, b) -> a.value().compareTo(b.value()));
        return Collections.unmodifiableList(markets);
    }

    /**
     * A merge of the window's markets, each read in (timestamp, trade id) order from its skip list: one print per
     * market held at a time, never a copy of the window.
     */
    @Override
    public Stream<MarketTrade> streamWindow(TapeWindow window) {
        Require.nonNull(window, "window");
        // "!" is the smallest id there is (ids are printable ASCII without spaces): (t, "!") sorts before every print at t
        WatermarkPosition from = new WatermarkPosition(window.from(), SMALLEST_ID);
        WatermarkPosition to = window.to().equals(Times.END) ? null : new WatermarkPosition(window.to(), SMALLEST_ID);
        PriorityQueue<Head> heads = new PriorityQueue<>();
        byCondition.forEach((condition, market) -> {
            if (window.markets().isEmpty() || window.markets().contains(condition)) {
                NavigableMap<WatermarkPosition, MarketTrade> inWindow = to == null ? market.tailMap(from, true)
                        : market.subMap(from, true, to, false);
                Iterator<MarketTrade> prints = inWindow.values().iterator();
                if (prints.hasNext()) {
                    heads.add(new Head(prints.next(), prints));
                }
            }
        });
        Iterator<MarketTrade> merged = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public MarketTrade next() {
                Head head = heads.poll();
                if (head == null) {
                    throw new java.util.NoSuchElementException();
                }
                if (head.rest.hasNext()) {
                    heads.add(new Head(head.rest.next(), head.rest));
                }
                return head.print;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** A market's next print in a merge, and the rest of the market. */
    private record Head(MarketTrade print, Iterator<MarketTrade> rest) implements Comparable<Head> {
        @Override
        public int compareTo(Head other) {
            return print.position().compareTo(other.print.position());
        }
    }

    /** The markets and their prints in (timestamp, trade id) order, for {@link InMemoryTapeRetention}. */
    Map<ConditionId, ConcurrentSkipListMap<WatermarkPosition, MarketTrade>> markets() {
        return byCondition;
    }

    /** Removes one print (in the caller's unit of work); false when it is gone already. */
    boolean remove(MarketTrade trade) {
        if (!byId.remove(trade.tradeId(), trade)) {
            return false;
        }
        ConcurrentSkipListMap<WatermarkPosition, MarketTrade> market = byCondition.get(trade.conditionId());
        if (market != null) {
            market.remove(trade.position(), trade);
        }
        unitOfWork.onRollback(() -> {
            byId.put(trade.tradeId(), trade);
            byCondition.computeIfAbsent(trade.conditionId(), c -> new ConcurrentSkipListMap<>())
                    .put(trade.position(), trade);
        });
        return true;
    }

    InMemoryUnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
