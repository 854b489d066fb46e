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
import java.util.Optional;



import java.util.concurrent.ConcurrentHashMap;



/**
 * The tape in memory: prints by venue trade id, and per market its prints in (timestamp, trade id) order
 * ({@link MarketPrints}: appended to a sorted array when they come in order, as a tape mostly does, a skip list for
 * the rest), so reading after a watermark is a binary search and a copy, never a scan.
 */
public final class InMemoryMarketTradeRepository implements MarketTradeRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final ConcurrentHashMap<MarketTradeId, MarketTrade> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ConditionId, MarketPrints> byCondition = new ConcurrentHashMap<>();

    public InMemoryMarketTradeRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public boolean insertIfAbsent(MarketTrade trade) {
        Require.nonNull(trade, "trade");
        return unitOfWork.write(() -> {
            if (!insert(trade, market(trade.conditionId()))) {
                return false;
            }
            unitOfWork.onRollback(() -> take(trade));
            return true;
        });
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
            List<MarketTrade> inserted = new ArrayList<>(trades.size());
            List<PrintConflict> conflicts = new ArrayList<>();
            ConditionId lastCondition = null;
            MarketPrints lastMarket = null;
            for (MarketTrade trade : trades) {
                if (!trade.conditionId().equals(lastCondition)) {
                    lastCondition = trade.conditionId();
                    lastMarket = market(lastCondition);
                }
                if (insert(trade, lastMarket)) {
                    inserted.add(trade);
                    continue;
                }
                MarketTrade stored = byId.get(trade.tradeId());
                if (!stored.equals(trade)) {
                    conflicts.add(new PrintConflict(stored, trade));
                }
            }
            if (!inserted.isEmpty()) {
                // one undo for the batch, not one per print: newest first, as every undo runs
                unitOfWork.onRollback(() -> {
                    for (int i = inserted.size() - 1; i >= 0; i--) {
                        take(inserted.get(i));
                    }
                });
            }
            return new IngestResult(inserted.size(), conflicts);
        });
    }

    private MarketPrints market(ConditionId conditionId) {
        MarketPrints market = byCondition.get(conditionId);
        return market != null ? market : byCondition.computeIfAbsent(conditionId, c -> new MarketPrints());
    }

    private boolean insert(MarketTrade trade, MarketPrints market) {
        if (byId.putIfAbsent(trade.tradeId(), trade) != null) {
            return false;
        }
        market.add(trade);
        return true;
    }

    /** Takes back an insert (a rolled-back unit of work). */
    private void take(MarketTrade trade) {
        MarketPrints market = byCondition.get(trade.conditionId());
        if (market != null) {
            market.remove(trade);
        }
        byId.remove(trade.tradeId(), trade);
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
        MarketPrints market = byCondition.get(conditionId);
        if (market == null) {
            return List.of();
        }
        return market.after(after.orElse(null), limit);
    }

    @Override
    public List<ConditionId> findConditionsTradedSince(Instant since) {
        Require.nonNull(since, "since");
        List<ConditionId> markets = new ArrayList<>();
        // one look per market at its latest print, not per print
        for (Map.Entry<ConditionId, MarketPrints> e : byCondition.entrySet()) {
            Instant last = e.getValue().lastTimestamp();
            if (last != null && !last.isBefore(since)) {
                markets.add(e.getKey());
            }
        }
        markets.sort((a, b) -> a.value().compareTo(b.value()));
        return Collections.unmodifiableList(markets);
    }

    /** Each market's prints after {@code after}, in (timestamp, trade id) order, for {@link InMemoryTapeRetention}. */
    List<Iterator<MarketTrade>> marketsAfter(Optional<WatermarkPosition> after) {
        List<Iterator<MarketTrade>> markets = new ArrayList<>(byCondition.size());
        for (MarketPrints market : byCondition.values()) {
            markets.add(market.iterator(after));
        }
        return markets;
    }

    /** Removes one print (in the caller's unit of work); false when it is gone already. */
    boolean remove(MarketTrade trade) {
        if (!byId.remove(trade.tradeId(), trade)) {
            return false;
        }
        MarketPrints market = byCondition.get(trade.conditionId());
        if (market != null) {
            market.remove(trade);
        }
        unitOfWork.onRollback(() -> {
            byId.put(trade.tradeId(), trade);
            market(trade.conditionId()).add(trade);
        });
        return true;
    }

    InMemoryUnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
