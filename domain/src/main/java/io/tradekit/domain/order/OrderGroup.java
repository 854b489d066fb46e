package io.tradekit.domain.order;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.trade.LegStatus;
import java.util.List;

/**
 * Orders placed together, such as the YES and NO legs of an arbitrage. Its status and partial-fill risk are
 * derived from its orders' fills exactly as {@link io.tradekit.domain.trade.Trade} derives them from its legs.
 */
public record OrderGroup(OrderGroupId id, List<Order> orders) {
    public OrderGroup {
        Require.nonNull(id, "orderGroupId");
        Require.nonNull(orders, "orders");
        for (Order o : orders) {
            if (!id.equals(o.groupId().orElse(null))) {
                throw new InvalidValueException("orders", "order " + o.clientOrderId() + " is not in group " + id);
            }
        }
        orders = List.copyOf(orders);
    }

    /** FILLED when every order filled, FAILED when none filled at all, PARTIAL otherwise. */
    public LegStatus status() {
        boolean allFilled = orders.stream().allMatch(o -> o.legStatus() == LegStatus.FILLED);
        boolean noneFilled = orders.stream().allMatch(o -> o.legStatus() == LegStatus.FAILED);
        return allFilled ? LegStatus.FILLED : noneFilled ? LegStatus.FAILED : LegStatus.PARTIAL;
    }

    /** More than one order, and some filled while others did not fully: single-leg exposure. */
    public boolean hasPartialFillRisk() {
        return orders.size() > 1 && status() == LegStatus.PARTIAL;
    }
}
