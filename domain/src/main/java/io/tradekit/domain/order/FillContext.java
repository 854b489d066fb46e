package io.tradekit.domain.order;

import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.Require;
import java.util.Optional;

/**
 * What booking one fill needs, read in one round trip: the order, the fill when its id is already booked,
 * the account's open position in the order's token, and the account's ledger (its running figures, without
 * day entries: {@link AccountLedger#entriesSince()} is {@code Instant.MAX}; empty when never stored).
 */
public record FillContext(Order order, Optional<Fill> bookedFill, Optional<Position> openPosition,
        Optional<AccountLedger> ledger) {
    public FillContext {
        Require.nonNull(order, "order");
        Require.nonNull(bookedFill, "bookedFill");
        Require.nonNull(openPosition, "openPosition");
        Require.nonNull(ledger, "ledger");
    }
}
