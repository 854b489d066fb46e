package io.tradekit.domain.order;

import static io.tradekit.domain.order.OrderStatus.ACKNOWLEDGED;
import static io.tradekit.domain.order.OrderStatus.CANCELLED;
import static io.tradekit.domain.order.OrderStatus.CANCEL_REQUESTED;
import static io.tradekit.domain.order.OrderStatus.EXPIRED;
import static io.tradekit.domain.order.OrderStatus.FILLED;
import static io.tradekit.domain.order.OrderStatus.NEW;
import static io.tradekit.domain.order.OrderStatus.PARTIALLY_FILLED;
import static io.tradekit.domain.order.OrderStatus.REJECTED;
import static io.tradekit.domain.order.OrderStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.testdata.Orders;
import io.tradekit.domain.trade.LegStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderTest {
    private static final AccountId ACCOUNT = AccountId.of("bot-orders");
    private static final Instant LATER = Instant.parse("2026-06-01T00:00:00Z");

    enum Action {
        SUBMIT(o -> o.submit(LATER)),
        ACKNOWLEDGE(o -> o.acknowledge(VenueOrderId.of("v-other"), LATER)),
        REJECT(o -> o.reject("no", LATER)),
        REQUEST_CANCEL(o -> o.requestCancel(LATER)),
        CANCEL(o -> o.cancel("by the bot", LATER)),
        EXPIRE(o -> o.expire(LATER)),
        PARTIAL_FILL(o -> o.book(Orders.fill(o, "1", "0.40", LATER)).order()),
        COMPLETING_FILL(o -> o.book(Orders.fill(o, remainingOrOne(o), "0.40", LATER)).order());

        final Function<Order, Order> apply;

        Action(Function<Order, Order> apply) {
            this.apply = apply;
        }

        private static String remainingOrOne(Order o) {
            return o.remainingQuantity().isZero() ? "1" : o.remainingQuantity().toString();
        }
    }

    /** The whole state machine, written out by hand: null = refused. */
    private static final Map<OrderStatus, List<OrderStatus>> EXPECTED = Map.of(
            //                 SUBMIT     ACK           REJECT    REQ_CANCEL        CANCEL     EXPIRE   PARTIAL            COMPLETING
            NEW, row(SUBMITTED, null, REJECTED, null, null, null, null, null),
            SUBMITTED, row(null, ACKNOWLEDGED, REJECTED, CANCEL_REQUESTED, CANCELLED, EXPIRED, PARTIALLY_FILLED, FILLED),
            ACKNOWLEDGED, row(null, null, null, CANCEL_REQUESTED, CANCELLED, EXPIRED, PARTIALLY_FILLED, FILLED),
            PARTIALLY_FILLED, row(null, null, null, CANCEL_REQUESTED, CANCELLED, EXPIRED, PARTIALLY_FILLED, FILLED),
            FILLED, row(null, null, null, null, null, null, null, null),
            CANCEL_REQUESTED, row(null, null, null, null, CANCELLED, EXPIRED, CANCEL_REQUESTED, FILLED),
            CANCELLED, row(null, null, null, null, null, null, CANCELLED, FILLED),
            REJECTED, row(null, null, null, null, null, null, null, null),
            EXPIRED, row(null, null, null, null, null, null, EXPIRED, FILLED));

    private static List<OrderStatus> row(OrderStatus... targets) {
        return java.util.Arrays.asList(targets);
    }

    static Stream<Arguments> everyStatusAndAction() {
        return Stream.of(OrderStatus.values())
                .flatMap(s -> Stream.of(Action.values()).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStatusAndAction")
    void everyLegalTransitionAndEveryIllegalOne(OrderStatus from, Action action) {
        Order order = Orders.order(ACCOUNT).in(from);
        assertThat(order.status()).isEqualTo(from);
        OrderStatus expected = EXPECTED.get(from).get(action.ordinal());

        if (expected != null) {
            Order next = action.apply.apply(order);
            assertThat(next.status()).isEqualTo(expected);
            assertThat(next.enteredAt(expected)).isPresent();
            assertThat(next.version()).as("the store bumps the version").isEqualTo(order.version());
            return;
        }
        if (from == FILLED && (action == Action.PARTIAL_FILL || action == Action.COMPLETING_FILL)) {
            assertThatThrownBy(() -> action.apply.apply(order)).isInstanceOf(OverfillException.class)
                    .hasMessageContaining("10.00000000 of 10.00000000 filled");
            return;
        }
        if (action == Action.ACKNOWLEDGE && order.venueOrderId().isPresent()) {
            assertThatThrownBy(() -> action.apply.apply(order)).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("already " + order.venueOrderId().get()).hasMessageContaining("set once");
            return;
        }
        assertThatThrownBy(() -> action.apply.apply(order)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("from " + from + " to ");
    }

    @Test
    void anIllegalTransitionNamesBothStates() {
        Order filled = Orders.order(ACCOUNT).in(FILLED);
        assertThatThrownBy(() -> filled.requestCancel(LATER)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("from FILLED to CANCEL_REQUESTED");
        Order fresh = Orders.order(ACCOUNT).build();
        assertThatThrownBy(() -> fresh.book(Orders.fill(fresh, "1", "0.4", LATER)))
                .hasMessageContaining("from NEW to PARTIALLY_FILLED");
    }

    @Test
    void placeStartsNewWithNothingFilledAndTheTimeOfNew() {
        Order o = Orders.order(ACCOUNT).at(Instant.parse("2026-03-01T10:00:00Z")).build();
        assertThat(o.status()).isEqualTo(NEW);
        assertThat(o.filledQuantity()).isEqualTo(Quantity.ZERO);
        assertThat(o.averageFillPrice()).isEmpty();
        assertThat(o.venueOrderId()).isEmpty();
        assertThat(o.enteredAt()).containsOnlyKeys(NEW);
        assertThat(o.enteredAt(NEW)).contains(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(o.isOpen()).isFalse();
    }

    @Test
    void everyTransitionKeepsTheTimeItHappened() {
        Instant t = Instant.parse("2026-03-01T10:00:00Z");
        Order o = Orders.order(ACCOUNT).at(t).build().submit(t.plusSeconds(1))
                .acknowledge(VenueOrderId.of("v1"), t.plusSeconds(2));
        o = o.book(Orders.fill(o, "4", "0.40", t.plusSeconds(3))).order().requestCancel(t.plusSeconds(4))
                .cancel("user", t.plusSeconds(5));
        java.util.EnumMap<OrderStatus, Instant> expected = new java.util.EnumMap<>(OrderStatus.class);
        expected.put(NEW, t);
        expected.put(SUBMITTED, t.plusSeconds(1));
        expected.put(ACKNOWLEDGED, t.plusSeconds(2));
        expected.put(PARTIALLY_FILLED, t.plusSeconds(3));
        expected.put(CANCEL_REQUESTED, t.plusSeconds(4));
        expected.put(CANCELLED, t.plusSeconds(5));
        assertThat(o.enteredAt()).containsExactlyEntriesOf(expected);
        assertThat(o.reason()).contains("user");
        assertThat(o.updatedAt()).isEqualTo(t.plusSeconds(5));
    }

    @Test
    void fillsAddUpToTheAverageFillPriceAndFees() {
        Order o = Orders.order(ACCOUNT).in(ACKNOWLEDGED);
        o = o.book(Orders.fill(o, Orders.fillId(), "4", "0.40", "0.02", LATER)).order();
        o = o.book(Orders.fill(o, Orders.fillId(), "6", "0.45", "0.03", LATER)).order();
        // 4 x 0.40 + 6 x 0.45 = 1.60 + 2.70 = 4.30 over 10
        assertThat(o.status()).isEqualTo(FILLED);
        assertThat(o.filledQuantity()).isEqualTo(Quantity.of("10"));
        assertThat(o.filledNotional()).isEqualTo(Money.of("4.30"));
        assertThat(o.averageFillPrice()).contains(Price.of("0.43"));
        assertThat(o.fees()).isEqualTo(Money.of("0.05"));
        assertThat(o.legStatus()).isEqualTo(LegStatus.FILLED);
    }

    @Test
    void anOverfillIsRefusedNamingTheFigures() {
        Order o = Orders.order(ACCOUNT).in(PARTIALLY_FILLED);
        assertThatThrownBy(() -> o.book(Orders.fill(o, "6.00000001", "0.4", LATER)))
                .isInstanceOf(OverfillException.class)
                .hasMessageContaining("4.00000000 of 10.00000000 filled")
                .hasMessageContaining("10.00000001 would exceed it");
    }

    @Test
    void aFillAfterCancelIsBookedAndNoted() {
        Order cancelled = Orders.order(ACCOUNT).in(CANCELLED);
        Order.Booking booking = cancelled.book(Orders.fill(cancelled, "2", "0.40", LATER));
        assertThat(booking.fill().afterCancel()).isTrue();
        assertThat(booking.order().status()).isEqualTo(CANCELLED);
        assertThat(booking.order().filledQuantity()).isEqualTo(Quantity.of("6"));
        assertThat(booking.order().reason()).contains("by the bot");

        Order.Booking completing = booking.order().book(Orders.fill(booking.order(), "4", "0.40", LATER));
        assertThat(completing.fill().afterCancel()).isTrue();
        assertThat(completing.order().status()).as("it was in fact filled").isEqualTo(FILLED);

        Order open = Orders.order(ACCOUNT).in(ACKNOWLEDGED);
        assertThat(open.book(Orders.fill(open, "1", "0.4", LATER)).fill().afterCancel()).isFalse();
    }

    @Test
    void aLateAcknowledgementRecordsTheVenueIdAndKeepsTheStatus() {
        Order o = Orders.order(ACCOUNT).in(SUBMITTED);
        o = o.book(Orders.fill(o, "3", "0.40", LATER)).order();
        Order acked = o.acknowledge(VenueOrderId.of("v-late"), LATER.plusSeconds(1));
        assertThat(acked.status()).isEqualTo(PARTIALLY_FILLED);
        assertThat(acked.venueOrderId()).contains(VenueOrderId.of("v-late"));
        assertThat(acked.enteredAt(ACKNOWLEDGED)).contains(LATER.plusSeconds(1));
        assertThat(acked.acknowledge(VenueOrderId.of("v-late"), LATER.plusSeconds(9))).as("repeat: unchanged")
                .isSameAs(acked);
    }

    @Test
    void aFillOfAnotherOrderIsRefused() {
        Order mine = Orders.order(ACCOUNT).in(ACKNOWLEDGED);
        Order other = Orders.order(ACCOUNT).in(ACKNOWLEDGED);
        assertThatThrownBy(() -> mine.book(Orders.fill(other, "1", "0.4", LATER)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("fill: ");
    }

    @Test
    void invariantsNameTheirField() {
        assertThatThrownBy(() -> Orders.order(ACCOUNT).quantity("0").build())
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("quantity: ");
        assertThatThrownBy(() -> Order.place(ACCOUNT, ClientOrderId.of("x"), Orders.VENUE,
                io.tradekit.domain.shared.ConditionId.of("c"), io.tradekit.domain.shared.TokenId.of("t"), null, null,
                io.tradekit.domain.shared.Side.BUY, OrderType.LIMIT, null, Quantity.of("1"), TimeInForce.GTC,
                OrderMode.LIVE, LATER)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("limitPrice: ");
        assertThatThrownBy(() -> Order.place(ACCOUNT, ClientOrderId.of("x"), Orders.VENUE,
                io.tradekit.domain.shared.ConditionId.of("c"), io.tradekit.domain.shared.TokenId.of("t"), null, null,
                io.tradekit.domain.shared.Side.BUY, OrderType.MARKET, Price.of("0.5"), Quantity.of("1"),
                TimeInForce.GTC, OrderMode.LIVE, LATER)).hasMessageStartingWith("limitPrice: ");
        assertThatThrownBy(() -> Orders.order(ACCOUNT).in(SUBMITTED).reject(" ", LATER))
                .hasMessageStartingWith("reason: ");
        Order filled = Orders.order(ACCOUNT).in(FILLED);
        assertThatThrownBy(() -> Order.restore(filled.accountId(), filled.clientOrderId(), filled.venue(),
                filled.venueOrderId().orElse(null), filled.conditionId(), filled.tokenId(), null, null, filled.side(),
                filled.type(), filled.limitPrice().orElse(null), filled.quantity(), filled.timeInForce(), filled.mode(),
                false, PARTIALLY_FILLED, filled.filledQuantity(), filled.filledNotional(), filled.fees(), null,
                filled.enteredAt(), filled.updatedAt(), 0)).hasMessageStartingWith("status: ");
    }

    @Test
    void adoptedOrdersAreAcknowledgedAndExternal() {
        Order o = Order.adopt(ACCOUNT, ClientOrderId.of("external:v9"), Orders.VENUE, VenueOrderId.of("v9"),
                io.tradekit.domain.shared.ConditionId.of("c"), io.tradekit.domain.shared.TokenId.of("t"),
                io.tradekit.domain.shared.Side.SELL, OrderType.LIMIT, Price.of("0.7"), Quantity.of("3"),
                TimeInForce.GTC, OrderMode.LIVE, LATER);
        assertThat(o.status()).isEqualTo(ACKNOWLEDGED);
        assertThat(o.external()).isTrue();
        assertThat(o.isOpen()).isTrue();
    }

    @Test
    void theOpenStatusesAreTheOnesAtTheVenue() {
        assertThat(Stream.of(OrderStatus.values()).filter(OrderStatus::isOpen))
                .containsExactly(SUBMITTED, ACKNOWLEDGED, PARTIALLY_FILLED, CANCEL_REQUESTED);
    }
}
