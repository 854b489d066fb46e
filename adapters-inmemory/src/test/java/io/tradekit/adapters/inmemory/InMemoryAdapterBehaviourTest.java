package io.tradekit.adapters.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.position.Position;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.risk.RiskSnapshotRequest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import io.tradekit.domain.testdata.Positions;
import io.tradekit.domain.testdata.Prints;
import io.tradekit.domain.testdata.Trades;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** In-memory behaviour the ports leave to the adapter: bad input, swallowed nested failures, cached totals. */
class InMemoryAdapterBehaviourTest {
    private final InMemoryStore store = InMemoryStore.create();
    private final AccountId account = Ids.account();

    @Test
    void aBatchWithANullPrintIsRejectedBeforeAnythingIsWritten() {
        MarketTrade good = Prints.print().build();
        List<MarketTrade> batch = Arrays.asList(good, null);
        assertThatThrownBy(() -> store.marketTrades().insertAllIfAbsent(batch))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("trades"));
        assertThat(store.marketTrades().findById(good.tradeId())).isEmpty();
    }

    @Test
    void aPageNeedsAPositiveLimit() {
        assertThatThrownBy(() -> store.marketTrades().findAfter(Ids.condition(), Optional.empty(), 0))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("limit");
    }

    @Test
    void nullArgumentsNameTheirField() {
        assertThatThrownBy(() -> store.positions().insert(null)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("position");
        assertThatThrownBy(() -> store.triggers().createIfFirst(null)).hasMessageStartingWith("trigger");
        assertThatThrownBy(() -> store.watermarks().advance(account, Ids.consumer(), "s", null))
                .hasMessageStartingWith("position");
    }

    @Test
    void aSwallowedNestedFailureStillRollsTheWholeUnitBack() {
        MarketTrade print = Prints.print().build();
        IllegalStateException inner = new IllegalStateException("inner");
        assertThatThrownBy(() -> store.unitOfWork().run(() -> {
            store.marketTrades().insertIfAbsent(print);
            try {
                store.unitOfWork().run(() -> {
                    throw inner;
                });
            } catch (IllegalStateException swallowed) {
                // the outer work carries on as if nothing happened
            }
        })).isInstanceOf(IllegalStateException.class).hasCause(inner);
        assertThat(store.marketTrades().findById(print.tradeId())).isEmpty();
        assertThat(store.unitOfWork().inTransaction()).isFalse();
    }

    @Test
    void closeTotalsStayRightThroughOutOfOrderClosesAndRollbacks() {
        store.positions().insert(Positions.closed(account, Ids.condition(), Ids.token(), "3", "0", Instants.T0));
        store.positions().insert(Positions.closed(account, Ids.condition(), Ids.token(), "-1", "0",
                Instants.T0.plusSeconds(10)));
        // earlier than the last close: inserted out of order
        store.positions().insert(Positions.closed(account, Ids.condition(), Ids.token(), "5", "0",
                Instants.T0.minusSeconds(10)));
        assertThat(snapshot().peakRealizedNet()).isEqualTo(Money.of("8"));
        assertThat(snapshot().losingStreak()).isEqualTo(1);

        Position open = store.positions().insert(Positions.open(account).size("10").price("0.5").build());
        assertThatThrownBy(() -> store.unitOfWork().run(() -> {
            store.positions().update(open.close(Price.of("0.1"), Money.ZERO, Instants.T0.plusSeconds(20)));
            assertThat(snapshot().losingStreak()).isEqualTo(2);
            assertThat(snapshot().realizedPnlToday()).isEqualTo(Money.of("-2")); // 3 - 1 - 4; +5 closed before T0
            throw new IllegalStateException("crash");
        })).hasMessage("crash");
        RiskSnapshot after = snapshot();
        assertThat(after.losingStreak()).isEqualTo(1);
        assertThat(after.realizedNetTotal()).isEqualTo(Money.of("7"));
        assertThat(after.lastCloseAt()).isEqualTo(Instants.T0.plusSeconds(10));
        assertThat(after.openPositions()).isEqualTo(1);
        assertThat(after.realizedPnlToday()).isEqualTo(Money.of("2"));

        store.positions().update(open.close(Price.of("0.9"), Money.ZERO, Instants.T0.plusSeconds(30)));
        assertThat(snapshot().realizedNetTotal()).isEqualTo(Money.of("11"));
        assertThat(snapshot().peakRealizedNet()).isEqualTo(Money.of("11"));
        assertThat(snapshot().losingStreak()).isZero();
        assertThat(snapshot().realizedPnlToday()).isEqualTo(Money.of("6"));
    }

    @Test
    void todaysTradeFiguresFollowAppendsOutOfOrderInsertsAndRollbacks() {
        store.trades().insertIfAbsent(Trades.trade(account).at(Instants.T0.plusSeconds(10)).build());
        assertThat(snapshot().tradesToday()).isEqualTo(1);
        store.trades().insertIfAbsent(Trades.trade(account).at(Instants.T0.plusSeconds(20))
                .leg(Trades.filled(Ids.condition(), Ids.token(), Side.BUY, "1", "0.5", "0.25"))
                .build());
        assertThat(snapshot().tradesToday()).isEqualTo(2);
        assertThat(snapshot().feesToday()).isEqualTo(Money.of("0.25"));
        store.trades().insertIfAbsent(Trades.trade(account).at(Instants.T0.plusSeconds(5))
                .leg(Trades.filled(Ids.condition(), Ids.token(), Side.BUY, "1", "0.5", "0.5"))
                .build());
        assertThat(snapshot().tradesToday()).isEqualTo(3);
        assertThat(snapshot().feesToday()).isEqualTo(Money.of("0.75"));
        assertThatThrownBy(() -> store.unitOfWork().run(() -> {
            store.trades().insertIfAbsent(Trades.trade(account).at(Instants.T0.plusSeconds(30))
                    .leg(Trades.filled(Ids.condition(), Ids.token(), Side.BUY, "1", "0.5", "1"))
                    .build());
            assertThat(snapshot().feesToday()).isEqualTo(Money.of("1.75"));
            throw new IllegalStateException("crash");
        })).hasMessage("crash");
        assertThat(snapshot().tradesToday()).isEqualTo(3);
        assertThat(snapshot().feesToday()).isEqualTo(Money.of("0.75"));
    }

    @Test
    void tradesSinceTheDayStartComeFromTheTimeIndex() {
        for (int i = 0; i < 5; i++) {
            store.trades().insertIfAbsent(Trades.trade(account).at(Instants.T0.plusSeconds(i * 3600L)).build());
        }
        List<Object> today = new ArrayList<>(store.trades().executedSince(account, Instants.T0.plusSeconds(7200)));
        assertThat(today).hasSize(3);
    }

    private RiskSnapshot snapshot() {
        return store.riskSnapshots().snapshot(new RiskSnapshotRequest(account, Instants.T0, Ids.condition(), null,
                Ids.token()));
    }
}
