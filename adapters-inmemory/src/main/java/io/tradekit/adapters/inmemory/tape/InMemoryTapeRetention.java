package io.tradekit.adapters.inmemory.tape;

import io.tradekit.adapters.inmemory.watermark.InMemoryWatermarkRepository;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.TapeRetention;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Tape retention in memory: merges the markets' ordered prints to walk the tape in (timestamp, trade id) order,
 * a batch at a time, removing what is old and behind every watermark on its market. Each print is removed on
 * its own, so ingest (which never waits for it) goes on alongside.
 */
public final class InMemoryTapeRetention implements TapeRetention {
    private final InMemoryMarketTradeRepository tape;
    private final InMemoryWatermarkRepository watermarks;

    public InMemoryTapeRetention(InMemoryMarketTradeRepository tape, InMemoryWatermarkRepository watermarks) {
        this.tape = Require.nonNull(tape, "tape");
        this.watermarks = Require.nonNull(watermarks, "watermarks");
    }

    private record Head(MarketTrade print, Iterator<MarketTrade> rest) {
    }

    @Override
    public RetentionBatch removeBatch(Instant olderThan, Optional<WatermarkPosition> after, int limit) {
        Require.nonNull(olderThan, "olderThan");
        Require.nonNull(after, "after");
        if (limit <= 0) {
            throw new InvalidValueException("limit", "must be positive, got " + limit);
        }
        PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> a.print.position().compareTo(b.print.position()));
        for (Iterator<MarketTrade> market : tape.marketsAfter(after)) {
            push(heads, market, olderThan);
        }
        List<MarketTrade> batch = new ArrayList<>();
        while (batch.size() < limit && !heads.isEmpty()) {
            Head head = heads.poll();
            batch.add(head.print);
            push(heads, head.rest, olderThan);
        }
        if (batch.isEmpty()) {
            return new RetentionBatch(0, 0, Optional.empty());
        }
        Map<ConditionId, Optional<WatermarkPosition>> earliest = new HashMap<>();
        int removed = tape.unitOfWork().write(() -> {
            int n = 0;
            for (MarketTrade print : batch) {
                Optional<WatermarkPosition> held = earliest.computeIfAbsent(print.conditionId(),
                        c -> watermarks.earliestOn(c.value()));
                boolean passed = held.map(w -> !print.position().isAfter(w)).orElse(true);
                if (passed && tape.remove(print)) {
                    n++;
                }
            }
            return n;
        });
        return new RetentionBatch(batch.size(), removed, Optional.of(batch.get(batch.size() - 1).position()));
    }

    private static void push(PriorityQueue<Head> heads, Iterator<MarketTrade> it, Instant olderThan) {
        if (it.hasNext()) {
            MarketTrade next = it.next();
            if (next.timestamp().isBefore(olderThan)) {
                heads.add(new Head(next, it));
            }
        }
    }
}
