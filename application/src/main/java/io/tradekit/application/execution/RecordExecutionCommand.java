package io.tradekit.application.execution;

import io.tradekit.domain.shared.Require;
import io.tradekit.domain.trade.Trade;

/** Record one execution attempt (already validated by {@link Trade} and its legs). */
public record RecordExecutionCommand(Trade trade) {
    public RecordExecutionCommand {
        Require.nonNull(trade, "trade");
    }

    public static RecordExecutionCommand of(Trade trade) {
        return new RecordExecutionCommand(trade);
    }
}
