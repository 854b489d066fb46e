package io.tradekit.adapters.postgres.order;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderGroupId;
import io.tradekit.domain.order.OrderMode;
import io.tradekit.domain.order.OrderStatus;
import io.tradekit.domain.order.OrderType;
import io.tradekit.domain.order.TimeInForce;
import io.tradekit.domain.order.VenueId;
import io.tradekit.domain.order.VenueOrderId;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** One row of {@code orders} (a time column per status); rebuilt through {@link Order#restore}. */
record OrderRow(String accountId, String clientOrderId, String venue, String venueOrderId, String conditionId,
        String tokenId, String eventId, String groupId, String side, String orderType, BigDecimal limitPrice,
        BigDecimal quantity, String timeInForce, String mode, boolean external, String status,
        BigDecimal filledQuantity, BigDecimal filledNotional, BigDecimal fees, String reason, Instant newAt,
        Instant submittedAt, Instant acknowledgedAt, Instant partiallyFilledAt, Instant filledAt,
        Instant cancelRequestedAt, Instant cancelledAt, Instant rejectedAt, Instant expiredAt, Instant updatedAt,
        long version) {

    static OrderRow of(Order o) {
        return new OrderRow(o.accountId().value(), o.clientOrderId().value(), o.venue().value(),
                o.venueOrderId().map(VenueOrderId::value).orElse(null), o.conditionId().value(), o.tokenId().value(),
                o.eventId().map(EventId::value).orElse(null), o.groupId().map(OrderGroupId::value).orElse(null),
                o.side().name(), o.type().name(), o.limitPrice().map(Price::value).orElse(null), o.quantity().value(),
                o.timeInForce().name(), o.mode().name(), o.external(), o.status().name(), o.filledQuantity().value(),
                o.filledNotional().amount(), o.fees().amount(), o.reason().orElse(null), time(o, OrderStatus.NEW),
                time(o, OrderStatus.SUBMITTED), time(o, OrderStatus.ACKNOWLEDGED), time(o, OrderStatus.PARTIALLY_FILLED),
                time(o, OrderStatus.FILLED), time(o, OrderStatus.CANCEL_REQUESTED), time(o, OrderStatus.CANCELLED),
                time(o, OrderStatus.REJECTED), time(o, OrderStatus.EXPIRED), Bounds.storable(o.updatedAt(), "updatedAt"),
                o.version());
    }

    private static Instant time(Order o, OrderStatus s) {
        return Bounds.storable(o.enteredAt(s).orElse(null), "enteredAt." + s);
    }

    Order toOrder() {
        Map<OrderStatus, Instant> times = new EnumMap<>(OrderStatus.class);
        put(times, OrderStatus.NEW, newAt);
        put(times, OrderStatus.SUBMITTED, submittedAt);
        put(times, OrderStatus.ACKNOWLEDGED, acknowledgedAt);
        put(times, OrderStatus.PARTIALLY_FILLED, partiallyFilledAt);
        put(times, OrderStatus.FILLED, filledAt);
        put(times, OrderStatus.CANCEL_REQUESTED, cancelRequestedAt);
        put(times, OrderStatus.CANCELLED, cancelledAt);
        put(times, OrderStatus.REJECTED, rejectedAt);
        put(times, OrderStatus.EXPIRED, expiredAt);
        return Order.restore(AccountId.of(accountId), ClientOrderId.of(clientOrderId), VenueId.of(venue),
                venueOrderId == null ? null : VenueOrderId.of(venueOrderId), ConditionId.of(conditionId),
                TokenId.of(tokenId), eventId == null ? null : EventId.of(eventId),
                groupId == null ? null : OrderGroupId.of(groupId), Side.valueOf(side), OrderType.valueOf(orderType),
                limitPrice == null ? null : Price.of(limitPrice), Quantity.of(quantity),
                TimeInForce.valueOf(timeInForce), OrderMode.valueOf(mode), external, OrderStatus.valueOf(status),
                Quantity.of(filledQuantity), Money.of(filledNotional), Money.of(fees), reason, times, updatedAt,
                version);
    }

    private static void put(Map<OrderStatus, Instant> times, OrderStatus s, Instant t) {
        if (t != null) {
            times.put(s, t);
        }
    }
}
