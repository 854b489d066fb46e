package io.tradekit.domain.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionStatus;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The builders the contract suites lean on make exactly what they promise. */
class TestDataBuildersTest {
    private final AccountId account = Ids.account();

    @Test
    void idsNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(Ids.unique("x"))).isTrue();
        }
    }

    @Test
    void closedRealizesExactlyTheGivenGrossAndFees() {
        Position win = Positions.closed(account, Ids.condition(), Ids.token(), "3.25", "0.5", Instants.T0);
        assertThat(win.status()).isEqualTo(PositionStatus.CLOSED);
        assertThat(win.realizedPnl()).isEqualTo(Money.of("3.25"));
        assertThat(win.fees()).isEqualTo(Money.of("0.5"));
        assertThat(win.netRealizedPnl()).isEqualTo(Money.of("2.75"));
        assertThat(win.closedAt()).contains(Instants.T0);

        Position loss = Positions.closed(account, Ids.condition(), Ids.token(), "-7.123456", "0", Instants.T0);
        assertThat(loss.realizedPnl()).isEqualTo(Money.of("-7.123456"));
    }

    @Test
    void settledLosingRealizesMinusItsCost() {
        Position settled = Positions.settledLosing(account, Ids.condition(), Ids.token(), "4", "0.5", "0.5", Instants.T0);
        assertThat(settled.status()).isEqualTo(PositionStatus.SETTLED);
        assertThat(settled.realizedPnl()).isEqualTo(Money.of("-2"));
        assertThat(settled.netRealizedPnl()).isEqualTo(Money.of("-2.5"));
    }

    @Test
    void buildersFillUnsetFieldsWithFreshIds() {
        assertThat(Prints.print().build().conditionId()).isNotEqualTo(Prints.print().build().conditionId());
        assertThat(Trades.trade(account).build().clientTradeId()).isNotEqualTo(Trades.trade(account).build().clientTradeId());
        assertThat(Positions.open(account).build().tokenId()).isNotEqualTo(Positions.open(account).build().tokenId());
    }
}
