package io.tradekit.domain.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is in its life. The legal moves (anything else is an
 * {@link io.tradekit.domain.shared.IllegalTransitionException} naming both states):
 * <pre>
 * NEW -> SUBMITTED | REJECTED
 * SUBMITTED -> ACKNOWLEDGED | PARTIALLY_FILLED | FILLED | CANCEL_REQUESTED | CANCELLED | REJECTED | EXPIRED
 * ACKNOWLEDGED -> PARTIALLY_FILLED | FILLED | CANCEL_REQUESTED | CANCELLED | EXPIRED
 * PARTIALLY_FILLED -> PARTIALLY_FILLED | FILLED | CANCEL_REQUESTED | CANCELLED | EXPIRED
 * CANCEL_REQUESTED -> CANCEL_REQUESTED (a fill) | FILLED | CANCELLED | EXPIRED
 * CANCELLED, EXPIRED -> themselves (a late fill, booked and noted) | FILLED (a late fill completing it)
 * FILLED, REJECTED: final
 * </pre>
 */
public enum OrderStatus {
    NEW, SUBMITTED, ACKNOWLEDGED, PARTIALLY_FILLED, FILLED, CANCEL_REQUESTED, CANCELLED, REJECTED, EXPIRED;

    /** At the venue and able to fill: what "open orders" lists. */
    public boolean isOpen() {
        return this == SUBMITTED || this == ACKNOWLEDGED || this == PARTIALLY_FILLED || this == CANCEL_REQUESTED;
    }

    /** The states a move from this one may reach. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(SUBMITTED, REJECTED);
            case SUBMITTED -> EnumSet.of(ACKNOWLEDGED, PARTIALLY_FILLED, FILLED, CANCEL_REQUESTED, CANCELLED, REJECTED,
                    EXPIRED);
            case ACKNOWLEDGED -> EnumSet.of(PARTIALLY_FILLED, FILLED, CANCEL_REQUESTED, CANCELLED, EXPIRED);
            case PARTIALLY_FILLED -> EnumSet.of(PARTIALLY_FILLED, FILLED, CANCEL_REQUESTED, CANCELLED, EXPIRED);
            case CANCEL_REQUESTED -> EnumSet.of(CANCEL_REQUESTED, FILLED, CANCELLED, EXPIRED);
            case CANCELLED -> EnumSet.of(CANCELLED, FILLED);
            case EXPIRED -> EnumSet.of(EXPIRED, FILLED);
            case FILLED, REJECTED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }
}
