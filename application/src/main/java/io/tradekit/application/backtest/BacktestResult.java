package io.tradekit.application.backtest;

import io.tradekit.domain.position.Position;
import java.util.Map;

import io.tradekit.domain.shared.AccountId;
import java.time.Instant;
import java.util.List;

/**
 * What a run did, counted from the stream (the same on a re-run, except {@code printsNew}).
 *
 * @param prints      prints received
 * @param printsNew   of those, the prints the store did not hold yet
 * @param windowStart the first print's received time (the clock's start without prints)
 * @param windowEnd   the whole second after the last event
 * @param accounts    per strategy, in the order given
 * @param openPositions per account, its positions still open at the end of the run (marked)
 */
public record BacktestResult(long prints, long printsNew, Instant windowStart, Instant windowEnd,
        List<AccountResult> accounts, Map<AccountId, List<Position>> openPositions) {

    public BacktestResult {
        accounts = List.copyOf(accounts);
        openPositions = Map.copyOf(openPositions);
    }

    /** The account's positions still open at the end of the run, as marked then. */
    public List<Position> openPositions(AccountId id) {
        return openPositions.getOrDefault(id, List.of());
    }

    /**
     * A print is late, after its market's resolution, or stale for each account on its own; {@code executions} and
     * {@code rejectedByRisk} count the orders the strategy sent through {@link StrategyContext#execute}.
     */
    public record AccountResult(AccountId account, long lateSkipped, long resolvedSkipped, long staleSkipped,
            long triggersFired, long executions, long rejectedByRisk) {
    }

    public AccountResult account(AccountId id) {
        return accounts.stream().filter(a -> a.account().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no account " + id + " in this run"));
    }
}
