package io.tradekit.domain.testdata;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Builds our own executions: {@code Trades.trade(account).at(t).leg(Trades.filled(c, t, BUY, "10", "0.4", "0.01")).build()}.
 * Without legs, the trade gets one filled BUY leg of 10 at 0.50 in fresh ids.
 */
public final class Trades {
    private final AccountId accountId;
    private ClientTradeId clientTradeId = Ids.clientTrade();
    private Instant executedAt = Instants.T0;
    private EventId eventId;
    private final List<TradeLeg> legs = new ArrayList<>();

    private Trades(AccountId accountId) {
        this.accountId = accountId;
    }

    public static Trades trade(AccountId accountId) {
        return new Trades(accountId);
    }

    public static TradeLeg filled(ConditionId condition, TokenId token, Side side, String quantity, String price,
            String fee) {
        return TradeLeg.filled(condition, token, side, Quantity.of(quantity), Price.of(price), Money.of(fee));
    }

    public static TradeLeg partial(ConditionId condition, TokenId token, Side side, String requested, String filled,
            String price, String fee) {
        return TradeLeg.partial(condition, token, side, Quantity.of(requested), Quantity.of(filled), Price.of(price),
                Money.of(fee));
    }

    public static TradeLeg failed(ConditionId condition, TokenId token, Side side, String requested, String price) {
        return TradeLeg.failed(condition, token, side, Quantity.of(requested), Price.of(price));
    }

    /** A leg that filled nothing but was still charged {@code fee} (some venues charge for rejected orders). */
    public static TradeLeg failedWithFee(ConditionId condition, TokenId token, Side side, String requested,
            String price, String fee) {
        return new TradeLeg(condition, token, side, Quantity.of(requested), Quantity.ZERO, Price.of(price),
                Money.of(fee), LegStatus.FAILED);
    }

    public Trades id(ClientTradeId id) {
        this.clientTradeId = id;
        return this;
    }

    public Trades at(Instant executedAt) {
        this.executedAt = executedAt;
        return this;
    }

    public Trades event(EventId eventId) {
        this.eventId = eventId;
        return this;
    }

    public Trades leg(TradeLeg leg) {
        legs.add(leg);
        return this;
    }

    public Trade build() {
        List<TradeLeg> built = legs.isEmpty()
                ? List.of(filled(Ids.condition(), Ids.token(), Side.BUY, "10", "0.50", "0"))
                : legs;
        return new Trade(accountId, clientTradeId, executedAt, eventId, built);
    }
}
