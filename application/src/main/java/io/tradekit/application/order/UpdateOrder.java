package io.tradekit.application.order;

import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.time.Clock;

/**
 * Applies a venue message (acknowledge, reject, cancel requested, cancelled, expired) to a stored order at the
 * clock's now. A message the order already reflects (the same status; for an acknowledgement, the same venue
 * id) changes nothing and says so, since venues repeat messages; an illegal one is the order's
 * {@link io.tradekit.domain.shared.IllegalTransitionException} naming both states, with nothing written.
 * A concurrent update of the same order makes the write throw
 * {@link io.tradekit.domain.shared.StaleVersionException} and the unit roll back: on a retrying unit of work (the
 * kit's {@code RetryingUnitOfWork}) it runs again whole, reading the order afresh.
 */
public final class UpdateOrder {
    private final OrderRepository orders;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UpdateOrder(OrderRepository orders, UnitOfWork unitOfWork, Clock clock) {
        this.orders = Require.nonNull(orders, "orders");
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
        this.clock = Require.nonNull(clock, "clock");
    }

    public OrderResult update(UpdateOrderCommand c) {
        Require.nonNull(c, "command");
        return unitOfWork.inTransaction(() -> {
            Order order = orders.find(c.accountId(), c.ref()).orElseThrow(() ->
                    new UnknownOrderException(c.accountId(), c.ref()));
            Order next = apply(order, c.update());
            if (next.equals(order)) {
                return new OrderResult(order, false);
            }
            return new OrderResult(orders.update(next), true);
        });
    }

    private Order apply(Order order, OrderUpdate update) {
        var now = clock.instant();
        if (update instanceof OrderUpdate.Acknowledge a) {
            return order.acknowledge(a.venueOrderId(), now);
        }
        if (order.status() == update.target()) {
            return order;
        }
        if (update instanceof OrderUpdate.Reject r) {
            return order.reject(r.reason(), now);
        }
        if (update instanceof OrderUpdate.Cancel x) {
            return order.cancel(x.reason(), now);
        }
        if (update instanceof OrderUpdate.RequestCancel) {
            return order.requestCancel(now);
        }
        return order.expire(now);
    }
}
