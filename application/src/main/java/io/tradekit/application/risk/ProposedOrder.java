package io.tradekit.application.risk;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import java.util.Optional;

/**
 * The command of a pre-trade check: an order a bot is about to send. {@code eventId} is optional (null when
 * the market belongs to no event); the quantity is positive.
 */
public record ProposedOrder(
        AccountId accountId,
        ConditionId conditionId,
        EventId eventId,
        TokenId tokenId,
        Side side,
        Quantity quantity,
        Price price) {

    public ProposedOrder {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(tokenId, "tokenId");
        Require.nonNull(side, "side");
        Require.nonNull(quantity, "quantity");
        Require.nonNull(price, "price");
        if (!quantity.isPositive()) {
            throw new InvalidValueException("quantity", "an order has a positive quantity, got " + quantity);
        }
    }

    public static ProposedOrder of(OrderScope scope, Side side, Quantity quantity, Price price) {
        Require.nonNull(scope, "scope");
        return new ProposedOrder(scope.accountId(), scope.conditionId(), scope.eventId(), scope.tokenId(), side,
                quantity, price);
    }

    public OrderScope scope() {
        return new OrderScope(accountId, conditionId, eventId, tokenId);
    }

    public Optional<EventId> event() {
        return Optional.ofNullable(eventId);
    }

    /** Price times quantity: what the order puts at risk when it adds exposure. */
    public Money notional() {
        return price.times(quantity);
    }

    public ProposedOrder withQuantity(Quantity newQuantity) {
        return new ProposedOrder(accountId, conditionId, eventId, tokenId, side, newQuantity, price);
    }
}
