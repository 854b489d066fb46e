package io.tradekit.application.backtest;

import io.tradekit.application.backtest.BacktestEvent.MarketResolved;
import io.tradekit.application.backtest.BacktestEvent.PrintReceived;
import io.tradekit.domain.shared.Require;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** Building blocks for event sources. */
public final class EventSources {
    private EventSources() {
    }

    /** The given events, sorted by time (stable: ties keep the given order). Holds them all: for small tapes and tests. */
    public static EventSource sorted(Collection<? extends BacktestEvent> events) {
        List<BacktestEvent> copy = new ArrayList<>(events);
        copy.sort(Comparator.comparing(BacktestEvent::at));
        long prints = copy.stream().filter(e -> e instanceof PrintReceived).count();
        Iterator<BacktestEvent> it = copy.iterator();
        return new EventSource() {
            @Override
            public BacktestEvent next() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public long printCount() {
                return prints;
            }
        };
    }

    /**
     * Interleaves a stream of prints already in received order with a market's resolutions (few: one per market, held
     * in memory and sorted here, ties in the given order). A resolution comes before the prints received at its
     * instant: a print received when its market resolves finds it resolved.
     */
    public static EventSource merge(EventSource prints, Collection<MarketResolved> resolutions) {
        Require.nonNull(prints, "prints");
        List<MarketResolved> pending = new ArrayList<>(resolutions);
        pending.sort(Comparator.comparing(MarketResolved::resolvedAt));
        return new EventSource() {
            private int nextResolution;
            private BacktestEvent nextPrint;
            private boolean printsDone;

            @Override
            public BacktestEvent next() {
                if (nextPrint == null && !printsDone) {
                    nextPrint = prints.next();
                    printsDone = nextPrint == null;
                }
                if (nextResolution < pending.size()) {
                    MarketResolved r = pending.get(nextResolution);
                    if (nextPrint == null || !r.resolvedAt().isAfter(nextPrint.at())) {
                        nextResolution++;
                        return r;
                    }
                }
                BacktestEvent print = nextPrint;
                nextPrint = null;
                return print;
            }

            @Override
            public long printCount() {
                return prints.printCount();
            }

            @Override
            public void close() {
                prints.close();
            }
        };
    }
}
