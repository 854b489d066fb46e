package io.tradekit.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.testdata.Decisions;
import io.tradekit.domain.testdata.Instants;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTest {
    @Test
    void confidenceLiesInZeroToOne() {
        assertThat(Decisions.decision().confidence("0").build().confidence()).isEqualByComparingTo("0");
        assertThat(Decisions.decision().confidence("1").build().confidence()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> Decisions.decision().confidence("1.00000001").build())
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("confidence");
        assertThatThrownBy(() -> Decisions.decision().confidence("-0.1").build()).hasMessageStartingWith("confidence");
        assertThatThrownBy(() -> Decisions.decision().confidence("0.123456789").build())
                .hasMessageStartingWith("confidence: more than 8 decimal places");
    }

    @Test
    void buyAndSellProposeASizeAndAPriceCloseASizeHoldNeither() {
        assertThatThrownBy(() -> Decisions.decision().size(null).build()).hasMessageStartingWith("proposedSize");
        assertThatThrownBy(() -> Decisions.decision().size("0").build()).hasMessageStartingWith("proposedSize");
        Decision close = Decisions.decision().action(DecisionAction.CLOSE).build();
        assertThat(close.size()).isPresent();
        assertThatThrownBy(() -> Decisions.decision().hold().size("1").build())
                .hasMessageStartingWith("proposedSize: a HOLD decision proposes no size");
        Decision hold = Decisions.decision().hold().token(null).build();
        assertThat(hold.token()).isEmpty();
        assertThatThrownBy(() -> Decisions.decision().token(null).build()).hasMessageStartingWith("tokenId");
    }

    @Test
    void ordersAreLinkedOnceInOrderAndNeverToAHold() {
        Decision d = Decisions.decision().build();
        Decision linked = d.withOrder(OrderRef.of("o2")).withOrder(OrderRef.of("o1")).withOrder(OrderRef.of("o2"));
        assertThat(linked.orders()).containsExactly(OrderRef.of("o2"), OrderRef.of("o1"));
        assertThat(linked.withoutOrders()).isEqualTo(d);
        assertThatThrownBy(() -> Decisions.decision().hold().build().withOrder(OrderRef.of("o")))
                .hasMessageContaining("HOLD");
        assertThatThrownBy(() -> new Decision(d.accountId(), d.decisionId(), d.strategyId(), d.decidedAt(),
                d.conditionId(), d.tokenId(), d.action(), d.proposedSize(), d.proposedPrice(), d.confidence(),
                d.reasoning(), d.sourceData(), d.trigger(), List.of(OrderRef.of("x"), OrderRef.of("x"))))
                .hasMessageStartingWith("orders");
    }

    @Test
    void reasoningIsBoundedAndTimeIsMicros() {
        assertThatThrownBy(() -> Decisions.decision().reasoning("x".repeat(Decision.MAX_REASONING_CHARS + 1)).build())
                .hasMessageStartingWith("reasoning");
        assertThat(Decisions.decision().at(Instants.T0.plusNanos(1_999)).build().decidedAt())
                .isEqualTo(Instants.T0.plusNanos(1_000));
    }

    @Test
    void aCursorOrdersNewestFirstThenIdDescending() {
        DecisionCursor c = new DecisionCursor(Instants.T0, ClientDecisionId.of("m"));
        assertThat(c.isFollowedBy(new DecisionCursor(Instants.T0.minusSeconds(1), ClientDecisionId.of("z")))).isTrue();
        assertThat(c.isFollowedBy(new DecisionCursor(Instants.T0, ClientDecisionId.of("a")))).isTrue();
        assertThat(c.isFollowedBy(new DecisionCursor(Instants.T0, ClientDecisionId.of("m")))).isFalse();
        assertThat(c.isFollowedBy(new DecisionCursor(Instants.T0, ClientDecisionId.of("n")))).isFalse();
        assertThat(c.isFollowedBy(new DecisionCursor(Instants.T0.plusSeconds(1), ClientDecisionId.of("a")))).isFalse();
    }
}
