package io.tradekit.application.order;

import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.OrderGroupId;
import io.tradekit.domain.order.OrderMode;
import io.tradekit.domain.order.OrderType;
import io.tradekit.domain.order.TimeInForce;
import io.tradekit.domain.order.VenueId;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;

/**
 * Record an order as sent to its venue. {@code limitPrice} is null for a MARKET order; {@code eventId} and
 * {@code groupId} are optional (null). The order itself validates the combination.
 */
public record SubmitOrderCommand(AccountId accountId, ClientOrderId clientOrderId, VenueId venue,
        ConditionId conditionId, TokenId tokenId, EventId eventId, OrderGroupId groupId, Side side, OrderType type,
        Price limitPrice, Quantity quantity, TimeInForce timeInForce, OrderMode mode) {
    public SubmitOrderCommand {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(clientOrderId, "clientOrderId");
        Require.nonNull(venue, "venue");
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(tokenId, "tokenId");
        Require.nonNull(side, "side");
        Require.nonNull(type, "type");
        Require.nonNull(quantity, "quantity");
        Require.nonNull(timeInForce, "timeInForce");
        Require.nonNull(mode, "mode");
    }

    /** A good-till-cancelled LIMIT order with no event and no group. */
    public static SubmitOrderCommand limit(AccountId accountId, ClientOrderId clientOrderId, VenueId venue,
            ConditionId conditionId, TokenId tokenId, Side side, Price limitPrice, Quantity quantity, OrderMode mode) {
        return new SubmitOrderCommand(accountId, clientOrderId, venue, conditionId, tokenId, null, null, side,
                OrderType.LIMIT, limitPrice, quantity, TimeInForce.GTC, mode);
    }

    /** A MARKET order (immediate or cancel) with no event and no group. */
    public static SubmitOrderCommand market(AccountId accountId, ClientOrderId clientOrderId, VenueId venue,
            ConditionId conditionId, TokenId tokenId, Side side, Quantity quantity, OrderMode mode) {
        return new SubmitOrderCommand(accountId, clientOrderId, venue, conditionId, tokenId, null, null, side,
                OrderType.MARKET, null, quantity, TimeInForce.IOC, mode);
    }

    public SubmitOrderCommand inGroup(OrderGroupId group) {
        return new SubmitOrderCommand(accountId, clientOrderId, venue, conditionId, tokenId, eventId, group, side,
                type, limitPrice, quantity, timeInForce, mode);
    }
}
