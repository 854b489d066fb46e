package io.tradekit.domain.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The analytics views of closes: which closes a query selects, and what a close earned after fees. */
class CloseQueryTest {
    static final AccountId ACCOUNT = AccountId.of("bot-1");
    static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-03-02T00:00:00Z");
    static final ConditionId MARKET = ConditionId.of("0xcond");

    static PositionClose closedAt(Instant at, ConditionId condition) {
        return new PositionClose(PositionId.of("p"), condition, TokenId.of("0xyes"), at, Money.of("2"), Money.of("0.5"));
    }

    @Test
    void theWindowIsHalfOpenFromInclusiveToExclusive() {
        CloseQuery day = CloseQuery.of(ACCOUNT, FROM, TO);

        assertThat(day.includes(closedAt(FROM, MARKET))).isTrue();
        assertThat(day.includes(closedAt(TO.minusNanos(1000), MARKET))).isTrue();
        assertThat(day.includes(closedAt(TO, MARKET))).isFalse();
        assertThat(day.includes(closedAt(FROM.minusNanos(1000), MARKET))).isFalse();
        assertThat(day.conditionId()).isEmpty();
    }

    @Test
    void anOptionalMarketNarrowsIt() {
        CloseQuery oneMarket = new CloseQuery(ACCOUNT, FROM, TO, Optional.of(MARKET));

        assertThat(oneMarket.includes(closedAt(FROM, MARKET))).isTrue();
        assertThat(oneMarket.includes(closedAt(FROM, ConditionId.of("0xother")))).isFalse();
    }

    @Test
    void anEmptyWindowIsAllowedAReversedOneIsNot() {
        assertThat(CloseQuery.of(ACCOUNT, FROM, FROM).includes(closedAt(FROM, MARKET))).isFalse();
        assertThatThrownBy(() -> CloseQuery.of(ACCOUNT, TO, FROM))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("to: window ends (2026-03-01T00:00:00Z) before it starts (2026-03-02T00:00:00Z)");
        assertThatThrownBy(() -> CloseQuery.of(null, FROM, TO)).hasMessage("accountId: must not be null");
        assertThatThrownBy(() -> CloseQuery.of(ACCOUNT, null, TO)).hasMessage("from: must not be null");
        assertThatThrownBy(() -> CloseQuery.of(ACCOUNT, FROM, null)).hasMessage("to: must not be null");
        assertThatThrownBy(() -> new CloseQuery(ACCOUNT, FROM, TO, null)).hasMessage("conditionId: must not be null");
    }

    @Test
    void aCloseNetsItsFees() {
        // realized 2.00 - fees 0.50 = 1.50
        assertThat(closedAt(FROM, MARKET).netPnl()).isEqualTo(Money.of("1.5"));
        assertThatThrownBy(() -> new PositionClose(PositionId.of("p"), MARKET, TokenId.of("t"), FROM, Money.ZERO, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("fees: must not be null");
    }

    @Test
    void aSummaryCountsEveryCloseAsWinLossOrBreakeven() {
        CloseSummary summary = new CloseSummary(3, 1, 1, 1, Money.of("1"), Money.of("4"), Money.of("3"),
                Money.of("4"), Money.of("3"));

        assertThat(summary.largestWinAmount()).contains(Money.of("4"));
        assertThat(summary.largestLossAmount()).contains(Money.of("3"));
        assertThat(CloseSummary.EMPTY.closed()).isZero();
        assertThat(CloseSummary.EMPTY.largestWinAmount()).isEmpty();
        assertThat(CloseSummary.EMPTY.largestLossAmount()).isEmpty();
        // 1 + 1 + 0 != 3
        assertThatThrownBy(() -> new CloseSummary(3, 1, 1, 0, Money.ZERO, Money.ZERO, Money.ZERO, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("closed: wins + losses + breakevens (2) must equal closed (3)");
        assertThatThrownBy(() -> new CloseSummary(0, 0, 0, 0, null, Money.ZERO, Money.ZERO, null, null))
                .hasMessage("netProfit: must not be null");
    }
}
