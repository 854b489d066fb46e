package io.tradekit.application.order;

import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Liquidity;
import io.tradekit.domain.order.VenueOrderId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.time.Instant;
import java.util.Optional;

/**
 * A fill of one of our orders as the venue reports it (use {@link FillId#derived} where it has no fill id).
 * {@code order} is the fill's order as the venue describes it (market, token, side, type, limit price, quantity,
 * time in force), null when its report names the order only: with it, reconciliation adopts an order the store
 * lacks before booking the fill ({@link ReconcileOrders}).
 */
public record VenueFill(VenueOrderId venueOrderId, FillId fillId, Quantity quantity, Price price, Money fee,
        Liquidity liquidity, Instant filledAt, VenueOrder order) {
    public VenueFill {
        Require.nonNull(venueOrderId, "venueOrderId");
        Require.nonNull(fillId, "fillId");
        Require.nonNull(quantity, "quantity");
        Require.nonNull(price, "price");
        Require.nonNull(fee, "fee");
        Require.nonNull(liquidity, "liquidity");
        filledAt = Times.micros(filledAt, "filledAt");
        if (order != null && !order.venueOrderId().equals(venueOrderId)) {
            throw new InvalidValueException("order", "describes venue order " + order.venueOrderId()
                    + ", not the fill's " + venueOrderId);
        }
    }

    /** A fill whose report names its order only. */
    public VenueFill(VenueOrderId venueOrderId, FillId fillId, Quantity quantity, Price price, Money fee,
            Liquidity liquidity, Instant filledAt) {
        this(venueOrderId, fillId, quantity, price, fee, liquidity, filledAt, null);
    }

    /** The same fill with its order as the venue describes it. */
    public VenueFill withOrder(VenueOrder described) {
        return new VenueFill(venueOrderId, fillId, quantity, price, fee, liquidity, filledAt,
                Require.nonNull(described, "described"));
    }

    /** The fill's order as the venue describes it, when it does. */
    public Optional<VenueOrder> describedOrder() {
        return Optional.ofNullable(order);
    }
}
