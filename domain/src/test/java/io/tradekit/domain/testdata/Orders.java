package io.tradekit.domain.testdata;

import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.Fill;
import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Liquidity;
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
import java.time.Instant;

/** Test-data builders for orders and fills: a LIMIT BUY of 10 at 0.40, LIVE on venue "polymarket" unless told. */
public final class Orders {
    public static final VenueId VENUE = VenueId.of("polymarket");

    private Orders() {
    }

    public static Builder order(AccountId account) {
        return new Builder(account);
    }

    public static ClientOrderId clientOrder() {
        return ClientOrderId.of(Ids.unique("co"));
    }

    public static VenueOrderId venueOrder() {
        return VenueOrderId.of(Ids.unique("vo"));
    }

    public static FillId fillId() {
        return FillId.of(Ids.unique("fill"));
    }

    /** A fill of {@code quantity} at {@code price}, fee 0.01, TAKER, at {@code at}, with a fresh id. */
    public static Fill fill(Order order, String quantity, String price, Instant at) {
        return fill(order, fillId(), quantity, price, "0.01", at);
    }

    public static Fill fill(Order order, FillId id, String quantity, String price, String fee, Instant at) {
        return Fill.of(order.accountId(), order.venue(), id, order.clientOrderId(), Quantity.of(quantity),
                Price.of(price), Money.of(fee), Liquidity.TAKER, at);
    }

    public static final class Builder {
        private final AccountId account;
        private ClientOrderId id = clientOrder();
        private VenueId venue = VENUE;
        private ConditionId condition = ConditionId.of("cond-orders");
        private TokenId token = TokenId.of("tok-orders");
        private EventId event;
        private OrderGroupId group;
        private Side side = Side.BUY;
        private OrderType type = OrderType.LIMIT;
        private Price limit = Price.of("0.40");
        private Quantity quantity = Quantity.of("10");
        private TimeInForce tif = TimeInForce.GTC;
        private OrderMode mode = OrderMode.LIVE;
        private Instant at = Instants.T0;

        private Builder(AccountId account) {
            this.account = account;
        }

        public Builder id(ClientOrderId value) {
            id = value;
            return this;
        }

        public Builder venue(VenueId value) {
            venue = value;
            return this;
        }

        public Builder market(ConditionId c, TokenId t) {
            condition = c;
            token = t;
            return this;
        }

        public Builder event(EventId value) {
            event = value;
            return this;
        }

        public Builder group(OrderGroupId value) {
            group = value;
            return this;
        }

        public Builder side(Side value) {
            side = value;
            return this;
        }

        public Builder market() {
            type = OrderType.MARKET;
            limit = null;
            return this;
        }

        public Builder limit(String price) {
            type = OrderType.LIMIT;
            limit = Price.of(price);
            return this;
        }

        public Builder quantity(String value) {
            quantity = Quantity.of(value);
            return this;
        }

        public Builder timeInForce(TimeInForce value) {
            tif = value;
            return this;
        }

        public Builder paper() {
            mode = OrderMode.PAPER;
            return this;
        }

        public Builder at(Instant value) {
            at = value;
            return this;
        }

        public Order build() {
            return Order.place(account, id, venue, condition, token, event, group, side, type, limit, quantity, tif,
                    mode, at);
        }

        /** The order moved along a legal path into {@code status} (fills of 4 for a partial one). */
        public Order in(OrderStatus status) {
            Order o = build();
            Instant t = at;
            return switch (status) {
                case NEW -> o;
                case SUBMITTED -> o.submit(t.plusSeconds(1));
                case ACKNOWLEDGED -> o.submit(t.plusSeconds(1)).acknowledge(venueOrder(), t.plusSeconds(2));
                case PARTIALLY_FILLED -> partly(o, t);
                case FILLED -> {
                    Order a = o.submit(t.plusSeconds(1)).acknowledge(venueOrder(), t.plusSeconds(2));
                    yield a.book(fill(a, a.quantity().toString(), "0.40", t.plusSeconds(3))).order();
                }
                case CANCEL_REQUESTED -> partly(o, t).requestCancel(t.plusSeconds(4));
                case CANCELLED -> partly(o, t).requestCancel(t.plusSeconds(4)).cancel("by the bot", t.plusSeconds(5));
                case REJECTED -> o.submit(t.plusSeconds(1)).reject("insufficient balance", t.plusSeconds(2));
                case EXPIRED -> partly(o, t).expire(t.plusSeconds(5));
            };
        }

        private static Order partly(Order o, Instant t) {
            Order a = o.submit(t.plusSeconds(1)).acknowledge(venueOrder(), t.plusSeconds(2));
            return a.book(fill(a, "4", "0.40", t.plusSeconds(3))).order();
        }
    }
}
