package io.tradekit.bootstrap.replay;

import io.tradekit.application.backtest.BacktestEvent;
import io.tradekit.application.backtest.EventSource;
import io.tradekit.application.backtest.EventSources;
import io.tradekit.application.backtest.StoredTapeSource;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.tape.TapeWindow;
import java.io.Reader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code tradekit replay --from-store}: the input is the tape the store already holds, for a window and a set of
 * markets ({@link StoredTapeSource}), with the resolutions of an optional file. Nothing of the tape is ingested.
 */
public final class StoreTapeInput {
    private StoreTapeInput() {
    }

    /** The resolutions file checked as for a file replay, except against the store's window (see below); or none. */
    public static List<Resolution> readResolutions(String name, Reader reader) {
        if (reader == null) {
            return List.of();
        }
        InputProblems problems = new InputProblems();
        List<Resolution> resolutions = ReplayInputReader.readResolutions(name, reader, problems);
        problems.throwIfAny();
        return resolutions;
    }

    /**
     * As for a file: a winning token that never printed in its market's prints of the window is a typo or another
     * market's token (every position of the market would settle at 0), refused at its line; a market without any print
     * in the window is left alone. One read of the resolved markets' prints in the window through the store's cursor.
     *
     * @throws InvalidInputException naming each such line; nothing was written
     */
    public static void checkWinnersPrinted(String file, List<Resolution> resolutions, MarketTradeRepository tape,
            TapeWindow window) {
        if (resolutions.isEmpty()) {
            return;
        }
        Set<ConditionId> resolved = resolutions.stream().map(Resolution::conditionId)
                .filter(market -> window.markets().isEmpty() || window.markets().contains(market))
                .collect(Collectors.toSet());
        if (resolved.isEmpty()) {
            return; // no resolved market has a print in the window
        }
        Map<ConditionId, Set<TokenId>> tokens = new HashMap<>();
        // only the resolved markets' prints: the replay reads the whole window once more
        try (Stream<MarketTrade> prints = tape.streamWindow(TapeWindow.of(window.from(), window.to(), resolved))) {
            for (Iterator<MarketTrade> it = prints.iterator(); it.hasNext(); ) {
                MarketTrade p = it.next();
                tokens.computeIfAbsent(p.conditionId(), c -> new HashSet<>()).add(p.tokenId());
            }
        }
        InputProblems problems = new InputProblems();
        for (Resolution r : resolutions) {
            Set<TokenId> printed = tokens.get(r.conditionId());
            if (printed != null && !printed.contains(r.winningTokenId())) {
                List<String> names = printed.stream().map(TokenId::value).sorted().limit(5).toList();
                problems.add(file, r.line(), "winning_token_id", "'" + r.winningTokenId() + "' never printed in market '"
                        + r.conditionId() + "' (its tape has " + String.join(", ", names)
                        + (printed.size() > names.size() ? ", ..." : "") + ")");
            }
        }
        problems.throwIfAny();
    }

    /** The window's prints, each received at its timestamp, merged with the resolutions; close it to close the cursor. */
    public static EventSource events(MarketTradeRepository tape, TapeWindow window, List<Resolution> resolutions) {
        List<BacktestEvent.MarketResolved> events = resolutions.stream()
                .map(r -> new BacktestEvent.MarketResolved(r.conditionId(), r.winningTokenId(), r.resolvedAt()))
                .toList();
        return EventSources.merge(StoredTapeSource.open(tape, window), events);
    }

    /** What the report's tape line says: the store, the window and the markets. */
    public static String describe(String store, TapeWindow window) {
        String from = window.from().equals(Times.EARLIEST) ? "the start" : window.from().toString();
        String to = window.to().equals(Times.END) ? "the end" : window.to().toString();
        String markets = window.markets().isEmpty() ? "every market"
                : window.markets().stream().map(ConditionId::value).sorted().collect(Collectors.joining(","));
        return "the " + store + " store's tape [" + from + ", " + to + "), " + markets;
    }
}
