package io.tradekit.application.execution;

import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.trade.Trade;
import java.util.List;

/**
 * @param trade     the stored trade: the one just recorded, or on a retry the one recorded before
 *                  (which wins even if the retry's content differs)
 * @param recorded  true when this call stored it; false for a retry that changed nothing
 * @param positions the positions this call moved, in leg order, at their stored versions (one entry per
 *                  position, in its state after the last leg that moved it); empty on a retry
 */
public record RecordExecutionResult(Trade trade, boolean recorded, List<Position> positions) {
    public RecordExecutionResult {
        Require.nonNull(trade, "trade");
        positions = List.copyOf(positions);
    }
}
