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
import io.tradekit.domain.testdata.Ledgers;
import io.tradekit.domain.testdata.Positions;
import io.tradekit.domain.testdata.Prints;
import io.tradekit.domain.testdata.Trades;
import java.time.Instant;
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
    void ledgerEntriesBookedOutOfTimeOrderAndRolledBackLeaveTheDayRight() {
        Ledgers.update(store.ledgers(), account, l -> l.book(Instants.T0.plusSeconds(10), Money.of("3"), Money.ZERO, 1));
        // earlier than the last entry, and one before the day start
        Ledgers.update(store.ledgers(), account, l -> l.book(Instants.T0.plusSeconds(5), Money.of("-1"),
                Money.of("0.5"), 1).book(Instants.T0.minusSeconds(5), Money.of("100"), Money.of("9"), 1));
        assertThat(snapshot().realizedPnlToday()).isEqualTo(Money.of("2"));
        assertThat(snapshot().feesToday()).isEqualTo(Money.of("0.5"));
        assertThat(snapshot().tradesToday()).isEqualTo(2);

        assertThatThrownBy(() -> store.unitOfWork().run(() -> {
            Ledgers.update(store.ledgers(), account, l -> l.book(Instants.T0.plusSeconds(1), Money.of("-4"),
                    Money.of("1"), 1));
            assertThat(snapshot().realizedPnlToday()).isEqualTo(Money.of("-2"));
            throw new IllegalStateException("crash");
        })).hasMessage("crash");
        assertThat(snapshot().realizedPnlToday()).isEqualTo(Money.of("2"));
        assertThat(snapshot().tradesToday()).isEqualTo(2);
        // the next booking takes the sequence number the rolled-back one had
        Ledgers.update(store.ledgers(), account, l -> l.book(Instants.T0.plusSeconds(2), Money.of("1"), Money.ZERO, 0));
        assertThat(store.ledgers().find(account, Instant.MIN).orElseThrow().entries()).extracting(e -> e.sequence())
                .containsExactly(3L, 4L, 2L, 1L);
        assertThat(snapshot().realizedPnlToday()).isEqualTo(Money.of("3"));
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
