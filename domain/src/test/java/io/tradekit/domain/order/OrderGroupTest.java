package io.tradekit.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.testdata.Orders;
import io.tradekit.domain.trade.LegStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderGroupTest {
    private static final AccountId ACCOUNT = AccountId.of("bot-groups");
    private static final OrderGroupId ARB = OrderGroupId.of("arb-1");
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

    private static Order leg(OrderStatus status) {
        return Orders.order(ACCOUNT).group(ARB).in(status);
    }

    @Test
    void bothLegsFilledCarryNoRisk() {
        OrderGroup g = new OrderGroup(ARB, List.of(leg(OrderStatus.FILLED), leg(OrderStatus.FILLED)));
        assertThat(g.status()).isEqualTo(LegStatus.FILLED);
        assertThat(g.hasPartialFillRisk()).isFalse();
    }

    @Test
    void oneLegFilledAndTheOtherNotIsSingleLegRisk() {
        OrderGroup g = new OrderGroup(ARB, List.of(leg(OrderStatus.FILLED), leg(OrderStatus.ACKNOWLEDGED)));
        assertThat(g.status()).isEqualTo(LegStatus.PARTIAL);
        assertThat(g.hasPartialFillRisk()).isTrue();
        assertThat(new OrderGroup(ARB, List.of(leg(OrderStatus.FILLED), leg(OrderStatus.PARTIALLY_FILLED)))
                .hasPartialFillRisk()).isTrue();
    }

    @Test
    void neitherLegFilledIsNoRisk() {
        OrderGroup g = new OrderGroup(ARB, List.of(leg(OrderStatus.ACKNOWLEDGED), leg(OrderStatus.REJECTED)));
        assertThat(g.status()).isEqualTo(LegStatus.FAILED);
        assertThat(g.hasPartialFillRisk()).isFalse();
    }

    @Test
    void aSingleOrderIsNeverSingleLegRisk() {
        assertThat(new OrderGroup(ARB, List.of(leg(OrderStatus.PARTIALLY_FILLED))).hasPartialFillRisk()).isFalse();
    }

    @Test
    void anOrderOfAnotherGroupIsRefused() {
        assertThatThrownBy(() -> new OrderGroup(ARB, List.of(Orders.order(ACCOUNT).in(OrderStatus.NEW))))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("orders: ");
    }
}
