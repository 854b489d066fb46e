package io.tradekit.application.order;

import io.tradekit.domain.order.OrderGroup;
import io.tradekit.domain.order.OrderGroupId;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;

/**
 * The orders of a group (the legs of an arbitrage) as they stand, with the group's partial-fill (single-leg)
 * risk derived from their fills ({@link OrderGroup#hasPartialFillRisk()}). One indexed read.
 */
public final class CurrentOrderGroup {
    private final OrderRepository orders;

    public CurrentOrderGroup(OrderRepository orders) {
        this.orders = Require.nonNull(orders, "orders");
    }

    public OrderGroup of(AccountId accountId, OrderGroupId groupId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(groupId, "groupId");
        return new OrderGroup(groupId, orders.findByGroup(accountId, groupId));
    }
}
