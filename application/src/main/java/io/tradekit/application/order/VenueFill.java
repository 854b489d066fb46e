package io.tradekit.application.order;

import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Liquidity;
import io.tradekit.domain.order.VenueOrderId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.time.Instant;

/** A fill of one of our orders as the venue reports it (use {@link FillId#derived} where it has no fill id). */
public record VenueFill(VenueOrderId venueOrderId, FillId fillId, Quantity quantity, Price price, Money fee,
        Liquidity liquidity, Instant filledAt) {
    public VenueFill {
        Require.nonNull(venueOrderId, "venueOrderId");
        Require.nonNull(fillId, "fillId");
        Require.nonNull(quantity, "quantity");
        Require.nonNull(price, "price");
        Require.nonNull(fee, "fee");
        Require.nonNull(liquidity, "liquidity");
        filledAt = Times.micros(filledAt, "filledAt");
    }
}
