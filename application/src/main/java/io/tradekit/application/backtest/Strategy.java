package io.tradekit.application.backtest;

import io.tradekit.application.backtest.BacktestEvent.MarketResolved;
import io.tradekit.application.backtest.BacktestEvent.PrintReceived;
import io.tradekit.application.tape.PrintClass;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.trigger.Trigger;
import java.util.Set;

/**
 * A trading strategy the backtest engine drives; the same object a live bot would call from its own loop. Every
 * callback runs on the simulated clock ({@link StrategyContext#now()}); a print's callbacks run inside the unit
 * of work of its batch of prints, so what a strategy records with the print commits (or rolls back) with the batch.
 * After a transient store failure the batch's unit of work runs again, and with it the callbacks of its prints: keep
 * a strategy's own state idempotent (or in the store) if a retry must not count twice.
 */
public interface Strategy {

    /**
     * The prices at which the engine fires first-hit triggers for this strategy (through the kit's tape use case,
     * unique per market and per token); none by default, and then {@link #onTrigger} is never called.
     */
    default Set<Price> thresholds() {
        return Set.of();
    }

    /** Before the first event. */
    default void onStart(StrategyContext context) {
    }

    /** Every print received, with what it is to this strategy's consumer (only a FRESH print can fire). */
    default void onPrint(StrategyContext context, PrintReceived print, PrintClass printClass) {
    }

    /** A first-hit trigger this print fired (after {@link #onPrint} of the same print). */
    default void onTrigger(StrategyContext context, Trigger trigger) {
    }

    /** A market resolved; the engine has already settled the account's positions in it. */
    default void onResolution(StrategyContext context, MarketResolved resolution) {
    }

    /** After the last event, before the engine marks the open positions at their last prints. */
    default void onEnd(StrategyContext context) {
    }
}
