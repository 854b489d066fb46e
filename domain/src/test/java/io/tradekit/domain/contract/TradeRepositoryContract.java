package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import io.tradekit.domain.testdata.Trades;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeRepository;
import java.util.List;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TradeRepository} must do: exact round trips, idempotency by (account, client id), scoping. */
public abstract class TradeRepositoryContract {
    /** The store under test; called once per test. */
    protected abstract StoreUnderTest store();

    private TradeRepository trades;
    private AccountId account;
    private ConditionId market;
    private TokenId yes;
    private TokenId no;

    @BeforeEach
    void setUpStore() {
        trades = store().trades();
        account = Ids.account();
        market = Ids.condition();
        yes = Ids.token();
        no = Ids.token();
    }

    @Test
    void roundTripsEveryFieldOfAMultiLegTrade() {
        Trade trade = Trades.trade(account).event(Ids.event()).at(Instants.at("2026-03-01T12:00:00.654321Z"))
                .leg(Trades.filled(market, yes, Side.BUY, "12.34567891", "0.12345678", "0.00000001"))
                .leg(Trades.partial(market, no, Side.SELL, "10", "2.5", "0.87654321", "0.01"))
                .leg(Trades.failed(market, no, Side.BUY, "3", "0.5"))
                .build();
        assertThat(trades.insertIfAbsent(trade)).isTrue();
        Trade stored = trades.find(account, trade.clientTradeId()).orElseThrow();
        assertThat(stored).isEqualTo(trade);
        assertThat(stored.legs()).containsExactlyElementsOf(trade.legs());
        assertThat(stored.hasPartialFillRisk()).isTrue();
    }

    @Test
    void theEndsOfTheTimeRangeRoundTripExactly() {
        for (Instant end : List.of(Times.EARLIEST, Times.LATEST)) {
            Trade trade = Trades.trade(account).at(end).leg(Trades.filled(market, yes, Side.BUY, "1", "0.5", "0"))
                    .build();
            assertThat(trades.insertIfAbsent(trade)).isTrue();
            assertThat(trades.find(account, trade.clientTradeId())).contains(trade);
            assertThat(trade.executedAt()).isEqualTo(end);
        }
    }

    @Test
    void aTimeOutsideTheKitsRangeIsRefusedByTheDomainBeforeAnyStore() {
        for (Instant far : WatermarkRepositoryContract.FAR_TIMES) {
            assertThatThrownBy(() -> Trades.trade(account).at(far)
                    .leg(Trades.filled(market, yes, Side.BUY, "1", "0.5", "0")).build())
                    .as(far.toString()).isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("executedAt: ");
        }
    }

    @Test
    void roundTripsATradeWithoutEvent() {
        Trade trade = Trades.trade(account).leg(Trades.filled(market, yes, Side.SELL, "1", "64000.5", "1.25")).build();
        trades.insertIfAbsent(trade);
        Trade stored = trades.find(account, trade.clientTradeId()).orElseThrow();
        assertThat(stored).isEqualTo(trade);
        assertThat(stored.eventId()).isNull();
    }

    @Test
    void insertIfAbsentIsIdempotentByClientIdAndKeepsTheFirst() {
        Trade first = Trades.trade(account).leg(Trades.filled(market, yes, Side.BUY, "10", "0.40", "0")).build();
        Trade retryWithOtherFills = Trades.trade(account).id(first.clientTradeId()).at(Instants.T0.plusSeconds(5))
                .leg(Trades.filled(market, no, Side.SELL, "99", "0.90", "1")).build();
        assertThat(trades.insertIfAbsent(first)).isTrue();
        assertThat(trades.insertIfAbsent(first)).isFalse();
        assertThat(trades.insertIfAbsent(retryWithOtherFills)).isFalse();
        assertThat(trades.find(account, first.clientTradeId())).contains(first);
    }

    @Test
    void theSameClientIdInTwoAccountsIsTwoTrades() {
        AccountId other = Ids.account();
        ClientTradeId id = Ids.clientTrade();
        Trade mine = Trades.trade(account).id(id).leg(Trades.filled(market, yes, Side.BUY, "1", "0.1", "0")).build();
        Trade theirs = Trades.trade(other).id(id).leg(Trades.filled(market, no, Side.BUY, "2", "0.2", "0")).build();
        assertThat(trades.insertIfAbsent(mine)).isTrue();
        assertThat(trades.insertIfAbsent(theirs)).isTrue();
        assertThat(trades.find(account, id)).contains(mine);
        assertThat(trades.find(other, id)).contains(theirs);
    }

    @Test
    void findIsScopedByAccount() {
        Trade mine = Trades.trade(account).build();
        trades.insertIfAbsent(mine);
        assertThat(trades.find(Ids.account(), mine.clientTradeId())).isEmpty();
        assertThat(trades.find(account, Ids.clientTrade())).isEmpty();
    }

    @Test
    void racingInsertsOfOneTradeHaveExactlyOneWinner() {
        Trade trade = Trades.trade(account).leg(Trades.filled(market, yes, Side.BUY, "5", "0.5", "0.01")).build();
        List<Boolean> results = Concurrently.race(Concurrently.THREADS, i -> trades.insertIfAbsent(trade));
        assertThat(results).containsOnlyOnce(true);
        assertThat(trades.find(account, trade.clientTradeId())).contains(trade);
    }
}
