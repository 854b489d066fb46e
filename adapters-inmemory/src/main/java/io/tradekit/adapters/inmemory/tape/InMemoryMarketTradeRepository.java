package io.tradekit.adapters.inmemory.tape;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.tape.IngestResult;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.tape.PrintConflict;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The tape in memory: prints by venue trade id, and per market a skip list ordered by
 * (timestamp, trade id) so reading after a watermark is a tail view, never a scan.
 */
public final class InMemoryMarketTradeRepository implements MarketTradeRepository {
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
}
