package io.tradekit.application.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.ledger.LedgerPosting;
import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.position.PositionStatus;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.LegStatus;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recording executions over a real store: the trade and its positions in one unit of work. Runs unchanged on
 * any adapter: a subclass returns its store from {@link #store()}. Every test works with ids of its own, so
 * the store need not be empty.
 */
public abstract class RecordExecutionContract {
    private static final Instant T1 = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);
    private static final Instant T3 = T1.plusSeconds(120);
    private static final Instant T4 = T1.plusSeconds(180);

    /** A store over the adapter under test; called once per test. */
    protected abstract StoreUnderTest store();

    private final TestIds ids = new TestIds();
    private StoreUnderTest store;
    private RecordExecution recordExecution;
    private final AccountId account = ids.account("bot");
    private final ConditionId market = ids.condition("m");
    private final TokenId yes = ids.token("yes");
    private final TokenId no = ids.token("no");

    @BeforeEach
    void takeTheStore() {
        store = store();
        recordExecution = new RecordExecution(store.trades(), store.positions(), new LedgerPosting(store.ledgers()), store.unitOfWork());
    }

    private Trade trade(String client, Instant at, TradeLeg... legs) {
        return Trade.of(account, ids.clientTrade(client), at, List.of(legs));
    }

    private TradeLeg leg(Side side, TokenId token, String quantity, String price, String fee) {
        return TradeLeg.filled(market, token, side, Quantity.of(quantity), Price.of(price), Money.of(fee));
    }

    private RecordExecutionResult record(Trade trade) {
        return recordExecution.record(RecordExecutionCommand.of(trade));
    }

    private Position position(String client, int leg) {
        return store.positions().findById(account, idOf(client, leg)).orElseThrow();
    }

    private PositionId idOf(String client, int leg) {
        return PositionId.of(account.value() + "/" + ids.name(client) + "#" + leg);
    }

    private static Money money(String amount) {
        return Money.of(amount);
    }

    @Test
    void aBuyWithNoPositionOpensALongCarryingTheFee() {
        Trade trade = trade("t1", T1, leg(Side.BUY, yes, "100", "0.40", "0.10"));

        RecordExecutionResult result = record(trade);

        assertThat(result.recorded()).isTrue();
        assertThat(result.trade()).isEqualTo(trade);
        assertThat(store.trades().find(account, trade.clientTradeId())).contains(trade);
        Position opened = position("t1", 0);
        assertThat(result.positions()).containsExactly(opened);
        assertThat(opened.side()).isEqualTo(PositionSide.LONG);
        assertThat(opened.status()).isEqualTo(PositionStatus.OPEN);
        assertThat(opened.size()).isEqualTo(Quantity.of("100"));
        assertThat(opened.averageEntryPrice()).isEqualTo(Price.of("0.40"));
        assertThat(opened.costBasis()).isEqualTo(money("40"));
        assertThat(opened.fees()).isEqualTo(money("0.10"));
        assertThat(opened.openedAt()).isEqualTo(T1);
        assertThat(opened.version()).isZero();
    }

    @Test
    void increaseReduceAndCloseWithWorkedNumbers() {
        record(trade("t1", T1, leg(Side.BUY, yes, "100", "0.40", "0.10")));

        record(trade("t2", T2, leg(Side.BUY, yes, "50", "0.70", "0.05")));
        Position increased = position("t1", 0);
        // cost 40 + 35 = 75 over 150 units
        assertThat(increased.size()).isEqualTo(Quantity.of("150"));
        assertThat(increased.costBasis()).isEqualTo(money("75"));
        assertThat(increased.averageEntryPrice()).isEqualTo(Price.of("0.5"));
        assertThat(increased.fees()).isEqualTo(money("0.15"));
        assertThat(increased.version()).isEqualTo(1);

        record(trade("t3", T3, leg(Side.SELL, yes, "60", "0.80", "0.06")));
        Position reduced = position("t1", 0);
        // 60 of 150 units release 30 of cost; proceeds 48; realized 18, net of 0.21 fees 17.79
        assertThat(reduced.size()).isEqualTo(Quantity.of("90"));
        assertThat(reduced.costBasis()).isEqualTo(money("45"));
        assertThat(reduced.realizedPnl()).isEqualTo(money("18"));
        assertThat(reduced.fees()).isEqualTo(money("0.21"));
        assertThat(reduced.netRealizedPnl()).isEqualTo(money("17.79"));
        assertThat(reduced.status()).isEqualTo(PositionStatus.OPEN);

        record(trade("t4", T4, leg(Side.SELL, yes, "90", "0.30", "0.09")));
        Position closed = position("t1", 0);
        // proceeds 27 against the remaining 45 of cost: -18, realized back to 0, fees 0.30 make it a loss
        assertThat(closed.status()).isEqualTo(PositionStatus.CLOSED);
        assertThat(closed.size()).isEqualTo(Quantity.ZERO);
        assertThat(closed.realizedPnl()).isEqualTo(money("0"));
        assertThat(closed.fees()).isEqualTo(money("0.30"));
        assertThat(closed.netRealizedPnl()).isEqualTo(money("-0.30"));
        assertThat(closed.closedAt()).contains(T4);
        assertThat(closed.version()).isEqualTo(3);
        assertThat(store.positions().findOpenByToken(account, yes)).isEmpty();
    }

    @Test
    void aSellWithNoPositionOpensAShortThatBuysReduce() {
        record(trade("s1", T1, leg(Side.SELL, yes, "100", "0.60", "0")));
        Position shortPosition = position("s1", 0);
        assertThat(shortPosition.side()).isEqualTo(PositionSide.SHORT);
        assertThat(shortPosition.costBasis()).isEqualTo(money("60"));

        record(trade("s2", T2, leg(Side.BUY, yes, "40", "0.45", "0")));
        // 40 of 100 release 24; buying back costs 18: +6
        assertThat(position("s1", 0).realizedPnl()).isEqualTo(money("6"));

        record(trade("s3", T3, leg(Side.BUY, yes, "60", "0.30", "0")));
        // the other 36 of cost bought back for 18: +18
        Position closed = position("s1", 0);
        assertThat(closed.realizedPnl()).isEqualTo(money("24"));
        assertThat(closed.status()).isEqualTo(PositionStatus.CLOSED);
    }

    @Test
    void reducingPastZeroIsRefusedAndNothingIsStored() {
        record(trade("t1", T1, leg(Side.BUY, yes, "100", "0.40", "0.10")));
        Position before = position("t1", 0);
        Trade oversell = trade("t2", T2, leg(Side.BUY, no, "10", "0.50", "0"), leg(Side.SELL, yes, "150", "0.50", "0"));

        assertThatThrownBy(() -> record(oversell))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("reduce position " + before.id())
                .hasMessageContaining("holds only 100");

        assertThat(store.trades().find(account, oversell.clientTradeId())).isEmpty();
        assertThat(position("t1", 0)).isEqualTo(before);
        assertThat(store.positions().findOpenByToken(account, no)).as("the first leg's position was rolled back")
                .isEmpty();
    }

    @Test
    void aPartialFillMovesThePositionByTheFilledQuantityOnly() {
        TradeLeg partial = TradeLeg.partial(market, yes, Side.BUY, Quantity.of("100"), Quantity.of("40"),
                Price.of("0.50"), money("0.02"));

        record(trade("p1", T1, partial));

        assertThat(position("p1", 0).size()).isEqualTo(Quantity.of("40"));
        assertThat(position("p1", 0).costBasis()).isEqualTo(money("20"));
    }

    @Test
    void aFailedLegIsStoredWithItsTradeButMovesNoPosition() {
        Trade arbitrage = trade("a1", T1, leg(Side.BUY, yes, "100", "0.45", "0.05"),
                TradeLeg.failed(market, no, Side.BUY, Quantity.of("100"), Price.of("0.50")));

        RecordExecutionResult result = record(arbitrage);

        assertThat(result.trade().status()).isEqualTo(LegStatus.PARTIAL);
        assertThat(result.trade().hasPartialFillRisk()).isTrue();
        assertThat(store.trades().find(account, arbitrage.clientTradeId())).contains(arbitrage);
        assertThat(result.positions()).extracting(Position::tokenId).containsExactly(yes);
        assertThat(store.positions().findOpenByToken(account, no)).isEmpty();
    }

    @Test
    void aRetryReturnsTheStoredTradeAndChangesNothingEvenWhenItsContentDiffers() {
        Trade original = trade("t1", T1, leg(Side.BUY, yes, "100", "0.40", "0.10"));
        record(original);
        Position before = position("t1", 0);

        RecordExecutionResult exact = record(original);
        RecordExecutionResult different = record(trade("t1", T2, leg(Side.BUY, yes, "999", "0.90", "1")));

        for (RecordExecutionResult retry : List.of(exact, different)) {
            assertThat(retry.recorded()).isFalse();
            assertThat(retry.trade()).isEqualTo(original);
            assertThat(retry.positions()).isEmpty();
        }
        assertThat(position("t1", 0)).isEqualTo(before);
    }

    @Test
    void twoLegsInOneTokenChainIntoOnePosition() {
        RecordExecutionResult result = record(trade("t1", T1, leg(Side.BUY, yes, "10", "0.40", "0.01"),
                leg(Side.BUY, yes, "10", "0.60", "0.01")));

        Position position = position("t1", 0);
        assertThat(result.positions()).containsExactly(position);
        assertThat(position.size()).isEqualTo(Quantity.of("20"));
        assertThat(position.averageEntryPrice()).isEqualTo(Price.of("0.5"));
        assertThat(position.fees()).isEqualTo(money("0.02"));
        assertThat(store.positions().findById(account, idOf("t1", 1))).isEmpty();
    }

    @Test
    void oneExecutionCanCloseALongAndOpenAShortInTheSameToken() {
        record(trade("t1", T1, leg(Side.BUY, yes, "100", "0.40", "0")));

        record(trade("t2", T2, leg(Side.SELL, yes, "100", "0.50", "0"), leg(Side.SELL, yes, "30", "0.50", "0")));

        assertThat(position("t1", 0).status()).isEqualTo(PositionStatus.CLOSED);
        assertThat(position("t1", 0).realizedPnl()).isEqualTo(money("10"));
        Position shortPosition = position("t2", 1);
        assertThat(shortPosition.side()).isEqualTo(PositionSide.SHORT);
        assertThat(shortPosition.size()).isEqualTo(Quantity.of("30"));
        assertThat(store.positions().findOpenByToken(account, yes)).contains(shortPosition);
    }

    @Test
    void afterAClosePositionTheNextBuyOpensANewPosition() {
        record(trade("t1", T1, leg(Side.BUY, yes, "10", "0.40", "0")));
        record(trade("t2", T2, leg(Side.SELL, yes, "10", "0.50", "0")));

        record(trade("t3", T3, leg(Side.BUY, yes, "5", "0.45", "0")));

        assertThat(position("t3", 0).size()).isEqualTo(Quantity.of("5"));
        assertThat(position("t1", 0).status()).isEqualTo(PositionStatus.CLOSED);
    }

    @Test
    void theTradesEventIsCarriedToThePositionsItOpens() {
        EventId event = EventId.of(ids.name("election"));
        Trade trade = new Trade(account, ids.clientTrade("e1"), T1, event, List.of(leg(Side.BUY, yes, "10", "0.4", "0")));

        record(trade);

        assertThat(position("e1", 0).eventId()).contains(event);
    }

    @Test
    void accountsAreIndependentEvenWithTheSameClientTradeId() {
        AccountId other = ids.account("other-bot");
        ClientTradeId sameId = ids.clientTrade("t1");
        record(Trade.of(account, sameId, T1, List.of(leg(Side.BUY, yes, "10", "0.40", "0"))));

        RecordExecutionResult forOther = record(Trade.of(other, sameId, T1, List.of(leg(Side.BUY, yes, "20", "0.40", "0"))));

        assertThat(forOther.recorded()).isTrue();
        assertThat(store.positions().findOpenByToken(other, yes).orElseThrow().size()).isEqualTo(Quantity.of("20"));
        assertThat(store.positions().findOpenByToken(account, yes).orElseThrow().size()).isEqualTo(Quantity.of("10"));
    }
}
