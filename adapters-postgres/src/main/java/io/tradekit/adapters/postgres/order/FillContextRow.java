package io.tradekit.adapters.postgres.order;

import io.tradekit.adapters.postgres.position.PositionRow;
import io.tradekit.domain.order.FillContext;
import java.util.Optional;

/** The order, the fill (all-null when absent) and the open position (all-null when none), from one row. */
record FillContextRow(OrderRow order, FillRow fill, PositionRow position) {
    FillContext toContext() {
        return new FillContext(order.toOrder(),
                fill != null && fill.present() ? Optional.of(fill.toFill()) : Optional.empty(),
                position != null && position.id() != null ? Optional.of(position.toPosition()) : Optional.empty());
    }
}
