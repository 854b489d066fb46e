package io.tradekit.domain.tape;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * {@link MarketTradeRepository#streamWindow}'s default, for a store that offers nothing better: the window's markets
 * read page by page through {@link MarketTradeRepository#findAfter} and merged in (timestamp, trade id) order. Holds
 * one page per market, never the window.
 */
final class PagedTapeWindow {
    static final int PAGE = 500;
    /** The largest id there is: 200 times '~', the last printable ASCII character. */
    private static final String LARGEST_ID = "~".repeat(200);

    private PagedTapeWindow() {
    }

    static Stream<MarketTrade> stream(MarketTradeRepository tape, TapeWindow window) {
        Collection<ConditionId> markets = window.markets().isEmpty()
                ? tape.findConditionsTradedSince(window.from()) : window.markets();
        // strictly after the last possible position before the window: every print at or after its start
        Optional<WatermarkPosition> start = window.from().equals(Times.EARLIEST) ? Optional.empty()
                : Optional.of(new WatermarkPosition(window.from().minusNanos(1_000), LARGEST_ID));
        PriorityQueue<Market> heads = new PriorityQueue<>();
        for (ConditionId market : markets) {
            Market m = new Market(tape, market, window, start);
            if (m.advance()) {
                heads.add(m);
            }
        }
        Iterator<MarketTrade> merged = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public MarketTrade next() {
                Market m = heads.poll();
                if (m == null) {
                    throw new NoSuchElementException();
                }
                MarketTrade print = m.head;
                if (m.advance()) {
                    heads.add(m);
                }
                return print;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** One market's prints in the window, a page at a time. */
    private static final class Market implements Comparable<Market> {
        private final MarketTradeRepository tape;
        private final ConditionId market;
        private final TapeWindow window;
        private final ArrayDeque<MarketTrade> page = new ArrayDeque<>();
        private Optional<WatermarkPosition> after;
        private boolean exhausted;
        private MarketTrade head;

        Market(MarketTradeRepository tape, ConditionId market, TapeWindow window, Optional<WatermarkPosition> after) {
            this.tape = tape;
            this.market = market;
            this.window = window;
            this.after = after;
        }

        /** Moves to the next print in the window; false at the end. */
        boolean advance() {
            if (page.isEmpty() && !exhausted) {
                List<MarketTrade> next = tape.findAfter(market, after, PAGE);
                exhausted = next.size() < PAGE;
                if (!next.isEmpty()) {
                    after = Optional.of(next.get(next.size() - 1).position());
                    page.addAll(next);
                }
            }
            head = page.poll();
            if (head == null || !head.timestamp().isBefore(window.to())) {
                page.clear();
                exhausted = true;
                head = null;
                return false;
            }
            return true;
        }

        @Override
        public int compareTo(Market other) {
            return head.position().compareTo(other.head.position());
        }
    }
}
