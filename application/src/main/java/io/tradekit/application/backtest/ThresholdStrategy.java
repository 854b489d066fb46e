package io.tradekit.application.backtest;

import io.tradekit.application.backtest.BacktestEvent.PrintReceived;
import io.tradekit.application.execution.ClientTradeIds;
import io.tradekit.application.risk.OrderScope;
import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.application.sizing.FixedStake;
import io.tradekit.application.sizing.SizingRule;
import io.tradekit.application.tape.PrintClass;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trigger.Trigger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The reference strategy of {@code tradekit replay} (docs/replay.md): buy a token at the first fresh print at or above
 * the threshold in each market (one entry per market and per token: the kit's first-hit trigger), sized by a rule
 * (the CLI's {@code --stake}: {@link FixedStake}), through the pre-trade risk check and the fill model. The entry's
 * client trade id is derived from the print, so a re-run records it once.
 *
 * <p>It also counts, for the report, the triggers of this tape ({@link #triggers()}: fired now, or stored by an
 * earlier run for a print of this tape) and how many of them were entered ({@link #entries()}), read back from the
 * store so a re-run reports the same. It keeps only per-trigger state (one per market at most), never per print.
 */
public final class ThresholdStrategy implements Strategy {
    /** The name the CLI's {@code --strategy} knows it by. */
    public static final String NAME = "threshold";
    private static final String ENTRY_PREFIX = "replay-entry:";

    private final Price threshold;
    private final SizingRule sizing;
    private final Map<MarketTradeId, Trigger> storedBefore = new HashMap<>();
    private final Set<MarketTradeId> triggersOfTape = new HashSet<>();
    private long triggers;
    private long entries;

    public ThresholdStrategy(Price threshold, SizingRule sizing) {
        Require.nonNull(threshold, "threshold");
        if (threshold.value().signum() <= 0 || !threshold.isBinary()) {
            throw new InvalidValueException("threshold", "must lie in (0, 1], got " + threshold);
        }
        this.threshold = threshold;
        this.sizing = Require.nonNull(sizing, "sizing");
    }

    /** Buys for a fixed stake at each first hit of {@code threshold}. */
    public static ThresholdStrategy fixedStake(Price threshold, Money stake) {
        return new ThresholdStrategy(threshold, new FixedStake(stake));
    }

    /** The client trade id of the entry a print fired: derived from the print, so a re-run finds it. */
    public static ClientTradeId entryId(MarketTradeId print) {
        return ClientTradeIds.derived(ENTRY_PREFIX, print.value());
    }

    @Override
    public Set<Price> thresholds() {
        return Set.of(threshold);
    }

    @Override
    public void onStart(StrategyContext context) {
        for (Trigger trigger : context.triggers()) {
            if (trigger.threshold().compareTo(threshold) == 0) {
                storedBefore.put(trigger.marketTradeId(), trigger);
            }
        }
    }

    @Override
    public void onPrint(StrategyContext context, PrintReceived print, PrintClass printClass) {
        if (!storedBefore.isEmpty() && storedBefore.containsKey(print.print().tradeId())) {
            triggersOfTape.add(print.print().tradeId());
        }
    }

    @Override
    public void onTrigger(StrategyContext context, Trigger trigger) {
        triggersOfTape.add(trigger.marketTradeId());
        Price price = trigger.price();
        Quantity quantity = sizing.quantity(equity(context, trigger), price);
        if (!quantity.isPositive()) {
            return;
        }
        ProposedOrder order = new ProposedOrder(context.account(), trigger.conditionId(), null, trigger.tokenId(),
                Side.BUY, quantity, price);
        context.execute(entryId(trigger.marketTradeId()), order); // a rejection is counted at the end
    }

    @Override
    public void onEnd(StrategyContext context) {
        triggers = triggersOfTape.size();
        entries = triggersOfTape.stream().filter(id -> context.trade(entryId(id)).isPresent()).count();
    }

    /** Triggers of this tape at the threshold (after the run). */
    public long triggers() {
        return triggers;
    }

    /** Of those, the ones with an entry (the rest the risk check rejected). */
    public long entries() {
        return entries;
    }

    public Price threshold() {
        return threshold;
    }

    private Money equity(StrategyContext context, Trigger trigger) {
        if (sizing instanceof FixedStake) {
            return Money.ZERO; // a fixed stake does not depend on equity: spare the risk read
        }
        return context.riskCheck().assess(new OrderScope(context.account(), trigger.conditionId(), null,
                trigger.tokenId())).equity().orElse(Money.ZERO);
    }
}
