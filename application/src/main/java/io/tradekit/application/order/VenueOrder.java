package io.tradekit.application.order;

import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.OrderType;
import io.tradekit.domain.order.TimeInForce;
import io.tradekit.domain.order.VenueOrderId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;

/**
 * An open order as the venue lists it. {@code clientOrderId} is the id we gave it when the venue echoes one
 * (null otherwise); {@code limitPrice} is null for a MARKET order.
 */
public record VenueOrder(VenueOrderId venueOrderId, ClientOrderId clientOrderId, ConditionId conditionId,
        TokenId tokenId, Side side, OrderType type, Price limitPrice, Quantity quantity, TimeInForce timeInForce) {
    public VenueOrder {
        Require.nonNull(venueOrderId, "venueOrderId");
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(tokenId, "tokenId");
        Require.nonNull(side, "side");
        Require.nonNull(type, "type");
        Require.nonNull(quantity, "quantity");
        Require.nonNull(timeInForce, "timeInForce");
    }
}
