package io.tradekit.application.testsupport;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.watermark.ConsumerId;
import java.time.Instant;
import java.util.UUID;

/**
 * Ids unique to one test (a random prefix), so tests never see each other's rows in a shared store
 * (a PostgreSQL database that outlives the run) and never need cleaning up.
 */
public final class TestIds {
    private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 13);

    public String name(String local) {
        return prefix + "-" + local;
    }

    public AccountId account(String local) {
        return AccountId.of(name(local));
    }

    public ConditionId condition(String local) {
        return ConditionId.of(name(local));
    }

    public TokenId token(String local) {
        return TokenId.of(name(local));
    }

    public MarketTradeId print(String local) {
        return MarketTradeId.of(name(local));
    }

    public ClientTradeId clientTrade(String local) {
        return ClientTradeId.of(name(local));
    }

    public ConsumerId consumer(String local) {
        return ConsumerId.of(name(local));
    }

    /** A print of size 10, taker BUY. */
    public MarketTrade print(String local, ConditionId condition, TokenId token, String price, Instant at) {
        return new MarketTrade(print(local), condition, token, Price.of(price), Quantity.of("10"), Side.BUY, at);
    }
}
