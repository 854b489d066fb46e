package io.tradekit.application.backtest;

import io.tradekit.domain.shared.Require;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.tape.TapeWindow;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The tape a store already holds, for a window and a set of markets, as a backtest's prints: exactly what a live bot
 * ingested. The store keeps no received time, so each print is received at its timestamp, in (timestamp, trade id)
 * order; nothing is stale by delay and nothing arrives twice. Streams ({@link MarketTradeRepository#streamWindow}),
 * so memory does not grow with the window; closing the source closes the store's cursor.
 */
public final class StoredTapeSource implements EventSource {
    private final Stream<MarketTrade> stream;
    private final Iterator<MarketTrade> prints;
    private long yielded;

    private StoredTapeSource(Stream<MarketTrade> stream) {
        this.stream = stream;
        this.prints = stream.iterator();
    }

    /** Opens the window's cursor on {@code tape}; close the source when done. */
    public static StoredTapeSource open(MarketTradeRepository tape, TapeWindow window) {
        Require.nonNull(tape, "tape");
        Require.nonNull(window, "window");
        return new StoredTapeSource(tape.streamWindow(window));
    }

    @Override
    public BacktestEvent next() {
        if (!prints.hasNext()) {
            return null;
        }
        MarketTrade print = prints.next();
        yielded++;
        return new BacktestEvent.PrintReceived(print, print.timestamp());
    }

    /** The prints yielded so far. */
    public long yielded() {
        return yielded;
    }

    @Override
    public void close() {
        stream.close();
    }
}
