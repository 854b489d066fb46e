package io.tradekit.application.order;

import io.tradekit.domain.order.Fill;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.Require;
import java.util.Optional;

/**
 * @param fill     the fill as stored: this call's, or on a repeat the one booked before (which wins)
 * @param order    the order after the fill (on a repeat: as stored now)
 * @param recorded true when this call booked the fill; false for a repeat that changed nothing
 * @param position the position the fill moved, at its stored version; empty on a repeat
 */
public record RecordFillResult(Fill fill, Order order, boolean recorded, Optional<Position> position) {
    public RecordFillResult {
        Require.nonNull(fill, "fill");
        Require.nonNull(order, "order");
        Require.nonNull(position, "position");
    }

    /** True when the fill arrived after the order was cancelled or expired (booked all the same). */
    public boolean afterCancel() {
        return fill.afterCancel();
    }
}
