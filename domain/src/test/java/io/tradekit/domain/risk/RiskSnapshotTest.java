package io.tradekit.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RiskSnapshotTest {
    static final Instant DAY_START = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void aSnapshotWithoutAHeldPositionOrAnyCloseSaysSo() {
        RiskSnapshot fresh = new RiskSnapshot(0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, null, Quantity.ZERO,
                Money.ZERO, Money.ZERO, 0, Money.ZERO, Money.ZERO, 0, null);

        assertThat(fresh.held()).isEmpty();
        assertThat(fresh.lastClose()).isEmpty();
    }

    @Test
    void aHeldPositionAndTheLastCloseAreExposed() {
        RiskSnapshot busy = new RiskSnapshot(2, Money.of("67.5"), Money.of("-3"), Money.of("40.5"), Money.ZERO,
                PositionSide.LONG, Quantity.of("90"), Money.of("15"), Money.of("0.9"), 3, Money.of("14.1"),
                Money.of("20"), 1, DAY_START.plusSeconds(60));

        assertThat(busy.held()).contains(PositionSide.LONG);
        assertThat(busy.lastClose()).contains(DAY_START.plusSeconds(60));
    }

    @Test
    void moneyFiguresAreRequired() {
        assertThatThrownBy(() -> new RiskSnapshot(0, null, Money.ZERO, Money.ZERO, Money.ZERO, null, Quantity.ZERO,
                Money.ZERO, Money.ZERO, 0, Money.ZERO, Money.ZERO, 0, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("capitalAtRisk: must not be null");
        assertThatThrownBy(() -> new RiskSnapshot(0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, null, null,
                Money.ZERO, Money.ZERO, 0, Money.ZERO, Money.ZERO, 0, null))
                .hasMessage("heldSize: must not be null");
        assertThatThrownBy(() -> new RiskSnapshot(0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, null,
                Quantity.ZERO, Money.ZERO, Money.ZERO, 0, Money.ZERO, null, 0, null))
                .hasMessage("peakRealizedNet: must not be null");
    }

    @Test
    void aRequestNamesAccountDayMarketAndTokenTheEventIsOptional() {
        AccountId a = AccountId.of("bot-1");
        ConditionId c = ConditionId.of("0xcond");
        TokenId t = TokenId.of("0xyes");

        assertThat(new RiskSnapshotRequest(a, DAY_START, c, null, t).eventId()).isNull();
        assertThatThrownBy(() -> new RiskSnapshotRequest(null, DAY_START, c, null, t))
                .hasMessage("accountId: must not be null");
        assertThatThrownBy(() -> new RiskSnapshotRequest(a, null, c, null, t))
                .hasMessage("tradingDayStart: must not be null");
        assertThatThrownBy(() -> new RiskSnapshotRequest(a, DAY_START, null, null, t))
                .hasMessage("conditionId: must not be null");
        assertThatThrownBy(() -> new RiskSnapshotRequest(a, DAY_START, c, null, null))
                .hasMessage("tokenId: must not be null");
    }
}
