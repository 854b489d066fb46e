package io.tradekit.adapters.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.position.CloseQuery;
import io.tradekit.domain.position.CloseSummary;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.risk.RiskSnapshotRequest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.DuplicateKeyException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import io.tradekit.domain.trigger.Trigger;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A first pass over every in-memory repository; the contract suites pin the full behaviour. */
class InMemoryStoreSmokeTest {
    private final InMemoryStore store = new InMemoryStore();
    private final AccountId account = AccountId.of("acct");
    private final ConditionId market = ConditionId.of("m1");
    private final TokenId yes = TokenId.of("yes");
    private final Instant t0 = Instant.parse("2026-03-01T12:00:00Z");

    private MarketTrade print(String id, Instant at, String price) {
        return new MarketTrade(MarketTradeId.of(id), market, yes, Price.of(price), Quantity.of("5"), Side.BUY, at);
    }

    @Test
    void tapeIsIdempotentAndReadInTimestampThenIdOrder() {
        assertThat(store.marketTrades().insertIfAbsent(print("b", t0, "0.5"))).isTrue();
        assertThat(store.marketTrades().insertIfAbsent(print("b", t0, "0.5"))).isFalse();
        assertThat(store.marketTrades().insertAllIfAbsent(
                List.of(print("a", t0, "0.6"), print("a", t0, "0.6"), print("c", t0.minusSeconds(1), "0.7"), print("b", t0, "0.5"))))
                .isEqualTo(2);
        assertThat(store.marketTrades().findAfter(market, Optional.empty(), 10))
                .extracting(p -> p.tradeId().value()).containsExactly("c", "a", "b");
        assertThat(store.marketTrades().findAfter(market, Optional.of(WatermarkPosition.of(t0, "a")), 10))
                .extracting(p -> p.tradeId().value()).containsExactly("b");
        assertThat(store.marketTrades().findConditionsTradedSince(t0)).containsExactly(market);
        assertThat(store.marketTrades().findConditionsTradedSince(t0.plusNanos(1000))).isEmpty();
    }

    @Test
    void watermarkOnlyMovesForward() {
        ConsumerId consumer = ConsumerId.of("c");
        assertThat(store.watermarks().advance(account, consumer, "m1", WatermarkPosition.of(t0, "b"))).isTrue();
        assertThat(store.watermarks().advance(account, consumer, "m1", WatermarkPosition.of(t0, "a"))).isFalse();
        assertThat(store.watermarks().find(account, consumer, "m1").orElseThrow().position())
                .isEqualTo(WatermarkPosition.of(t0, "b"));
    }

    @Test
    void triggerIsUniqueOnBothKeys() {
        MarketTrade p = print("x", t0, "0.96");
        Price threshold = Price.of("0.95");
        assertThat(store.triggers().createIfFirst(Trigger.firedBy(account, p, threshold, t0))).isTrue();
        MarketTrade otherCondition = new MarketTrade(MarketTradeId.of("y"), ConditionId.of("m2"), yes, Price.of("0.97"),
                Quantity.of("1"), Side.BUY, t0);
        assertThat(store.triggers().createIfFirst(Trigger.firedBy(account, otherCondition, threshold, t0))).isFalse();
        assertThat(store.triggers().findByAccount(account)).hasSize(1);
    }

    @Test
    void positionsAreOptimisticAndOneOpenPerToken() {
        Position opened = Position.open(PositionId.of("p1"), account, market, yes, null, PositionSide.LONG,
                Quantity.of("10"), Price.of("0.40"), Money.of("0.10"), t0);
        store.positions().insert(opened);
        assertThatThrownBy(() -> store.positions().insert(Position.open(PositionId.of("p2"), account, market, yes, null,
                PositionSide.LONG, Quantity.of("1"), Price.of("0.40"), Money.ZERO, t0)))
                .isInstanceOf(DuplicateKeyException.class);
        Position v1 = store.positions().update(opened.increase(Quantity.of("10"), Price.of("0.60"), Money.ZERO, t0));
        assertThat(v1.version()).isEqualTo(1);
        assertThatThrownBy(() -> store.positions().update(opened.markToMarket(Price.of("0.5"), t0)))
                .isInstanceOf(StaleVersionException.class);
        Position closed = store.positions().update(v1.close(Price.of("0.70"), Money.of("0.20"), t0.plusSeconds(60)));
        assertThat(closed.realizedPnl()).isEqualTo(Money.of("4"));
        CloseSummary summary = store.positions().summarizeCloses(CloseQuery.of(account, t0, t0.plusSeconds(61)));
        assertThat(summary.wins()).isEqualTo(1);
        assertThat(summary.netProfit()).isEqualTo(Money.of("3.7"));

        // the positions alone move no ledger figure: the use cases book them (Ledgers does it as they do)
        assertThat(store.riskSnapshots().snapshot(new RiskSnapshotRequest(account, t0, market, null, yes))
                .realizedNetTotal()).isEqualTo(Money.ZERO);
        io.tradekit.domain.testdata.Ledgers.bookClose(store.ledgers(), closed);
        RiskSnapshot risk = store.riskSnapshots().snapshot(new RiskSnapshotRequest(account, t0, market, null, yes));
        assertThat(risk.openPositions()).isZero();
        assertThat(risk.realizedPnlToday()).isEqualTo(Money.of("4"));
        assertThat(risk.realizedNetTotal()).isEqualTo(Money.of("3.7"));
        assertThat(risk.peakRealizedNet()).isEqualTo(Money.of("3.7"));
        assertThat(risk.lastCloseAt()).isEqualTo(t0.plusSeconds(60));
    }

    @Test
    void unitOfWorkLeavesNothingBehindOnFailure() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> store.unitOfWork().run(() -> {
            store.trades().insertIfAbsent(Trade.of(account, ClientTradeId.of("t1"), t0, List.of(TradeLeg.filled(market,
                    yes, Side.BUY, Quantity.of("1"), Price.of("0.5"), Money.ZERO))));
            store.watermarks().advance(account, ConsumerId.of("c"), "m1", WatermarkPosition.of(t0, "a"));
            store.tradingStates().save(TradingState.initial(account).halt("test", "me", t0));
            store.marketTrades().insertIfAbsent(print("z", t0, "0.5"));
            throw boom;
        })).isSameAs(boom);
        assertThat(store.trades().find(account, ClientTradeId.of("t1"))).isEmpty();
        assertThat(store.watermarks().find(account, ConsumerId.of("c"), "m1")).isEmpty();
        assertThat(store.tradingStates().find(account)).isEmpty();
        assertThat(store.marketTrades().findById(MarketTradeId.of("z"))).isEmpty();
        assertThat(store.marketTrades().findAfter(market, Optional.empty(), 10)).isEmpty();
    }
}
