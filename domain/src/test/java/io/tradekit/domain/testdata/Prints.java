package io.tradekit.domain.testdata;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import java.time.Instant;

/**
 * Builds market prints: {@code Prints.print().condition(c).token(t).price("0.96").at(t0).build()}.
 * Unset fields get fresh ids, price 0.50, size 10, taker BUY, {@link Instants#T0}.
 */
public final class Prints {
    private MarketTradeId tradeId = Ids.print();
    private ConditionId conditionId;
    private TokenId tokenId;
    private Price price = Price.of("0.50");
    private Quantity size = Quantity.of("10");
    private Side takerSide = Side.BUY;
    private Instant timestamp = Instants.T0;

    private Prints() {
    }

    public static Prints print() {
        return new Prints();
    }

    /** A print of {@code condition}/{@code token} at {@code price} and {@code at}, with a fresh id. */
    public static MarketTrade of(ConditionId condition, TokenId token, String price, Instant at) {
        return print().condition(condition).token(token).price(price).at(at).build();
    }

    public Prints id(String id) {
        this.tradeId = MarketTradeId.of(id);
        return this;
    }

    public Prints id(MarketTradeId id) {
        this.tradeId = id;
        return this;
    }

    public Prints condition(ConditionId conditionId) {
        this.conditionId = conditionId;
        return this;
    }

    public Prints token(TokenId tokenId) {
        this.tokenId = tokenId;
        return this;
    }

    public Prints price(String price) {
        this.price = Price.of(price);
        return this;
    }

    public Prints size(String size) {
        this.size = Quantity.of(size);
        return this;
    }

    public Prints side(Side side) {
        this.takerSide = side;
        return this;
    }

    public Prints at(Instant timestamp) {
        this.timestamp = timestamp;
        return this;
    }

    public MarketTrade build() {
        return new MarketTrade(tradeId, conditionId != null ? conditionId : Ids.condition(),
                tokenId != null ? tokenId : Ids.token(), price, size, takerSide, timestamp);
    }
}
