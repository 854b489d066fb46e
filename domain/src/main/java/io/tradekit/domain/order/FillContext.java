package io.tradekit.domain.order;

import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.Require;
import java.util.Optional;

/**
 * What booking one fill needs, read in one round trip: the order, the fill when its id is already booked,
 * and the account's open position in the order's token.
 */
public record FillContext(Order order, Optional<Fill> bookedFill, Optional<Position> openPosition) {
    public FillContext {
        Require.nonNull(order, "order");
        Require.nonNull(bookedFill, "bookedFill");
        Require.nonNull(openPosition, "openPosition");
    }
}
