package io.tradekit.adapters.postgres.order;

import io.tradekit.adapters.postgres.ledger.AccountLedgerRow;
import io.tradekit.adapters.postgres.position.PositionRow;
import io.tradekit.domain.order.FillContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The order, the fill, the open position and the account's ledger row, from one row (each part absent, or all
 * null, when the LEFT JOIN found none).
 */
record FillContextRow(OrderRow order, FillRow fill, PositionRow position, AccountLedgerRow ledger) {
    FillContext toContext() {
        return new FillContext(order.toOrder(),
                fill != null && fill.present() ? Optional.of(fill.toFill()) : Optional.empty(),
                position != null && position.id() != null ? Optional.of(position.toPosition()) : Optional.empty(),
                // the running figures only: booking a fill needs no day entries
                ledger != null && ledger.accountId() != null ? Optional.of(ledger.toLedger(Instant.MAX, List.of()))
                        : Optional.empty());
    }
}
