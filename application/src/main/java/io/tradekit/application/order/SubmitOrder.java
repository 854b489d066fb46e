package io.tradekit.application.order;

import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.time.Clock;

/**
 * Records an order as SUBMITTED (NEW and SUBMITTED at the clock's now), before or as the bot sends it, so
 * a restart finds it. Idempotent by client order id: submitting the same id again stores nothing and returns
 * the stored order with {@code changed = false}.
 */
public final class SubmitOrder {
    private final OrderRepository orders;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SubmitOrder(OrderRepository orders, UnitOfWork unitOfWork, Clock clock) {
        this.orders = Require.nonNull(orders, "orders");
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
        this.clock = Require.nonNull(clock, "clock");
    }

    public OrderResult submit(SubmitOrderCommand c) {
        Require.nonNull(c, "command");
        var now = clock.instant();
        Order order = Order.place(c.accountId(), c.clientOrderId(), c.venue(), c.conditionId(), c.tokenId(),
                c.eventId(), c.groupId(), c.side(), c.type(), c.limitPrice(), c.quantity(), c.timeInForce(), c.mode(),
                now).submit(now);
        return unitOfWork.inTransaction(() -> {
            if (orders.insertIfAbsent(order)) {
                return new OrderResult(order, true);
            }
            return new OrderResult(orders.findByClientId(c.accountId(), c.clientOrderId()).orElseThrow(() ->
                    new IllegalStateException("order " + c.clientOrderId() + " reported as stored but not found")),
                    false);
        });
    }
}
