package io.tradekit.application.order;

import io.tradekit.domain.order.OrderStatus;
import io.tradekit.domain.order.VenueOrderId;
import io.tradekit.domain.shared.Require;

/** What the venue (or the bot) says happened to an order, other than a fill. */
public sealed interface OrderUpdate {
    /** The status the update leads to. */
    OrderStatus target();

    record Acknowledge(VenueOrderId venueOrderId) implements OrderUpdate {
        public Acknowledge {
            Require.nonNull(venueOrderId, "venueOrderId");
        }

        public OrderStatus target() {
            return OrderStatus.ACKNOWLEDGED;
        }
    }

    record Reject(String reason) implements OrderUpdate {
        public Reject {
            Require.nonNull(reason, "reason");
        }

        public OrderStatus target() {
            return OrderStatus.REJECTED;
        }
    }

    record RequestCancel() implements OrderUpdate {
        public OrderStatus target() {
            return OrderStatus.CANCEL_REQUESTED;
        }
    }

    record Cancel(String reason) implements OrderUpdate {
        public Cancel {
            Require.nonNull(reason, "reason");
        }

        public OrderStatus target() {
            return OrderStatus.CANCELLED;
        }
    }

    record Expire() implements OrderUpdate {
        public OrderStatus target() {
            return OrderStatus.EXPIRED;
        }
    }
}
