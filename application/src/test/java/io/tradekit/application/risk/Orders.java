package io.tradekit.application.risk;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;

/** Fixed ids and a builder of judged contexts for the pure policy tests. */
final class Orders {
    static final AccountId ACCOUNT = AccountId.of("acct-risk");
    static final ConditionId MARKET = ConditionId.of("cond-1");
    static final EventId EVENT = EventId.of("event-1");
    static final TokenId YES = TokenId.of("tok-yes");
    static final OrderScope SCOPE = new OrderScope(ACCOUNT, MARKET, EVENT, YES);
    static final OrderScope SCOPE_WITHOUT_EVENT = new OrderScope(ACCOUNT, MARKET, null, YES);
    static final Instant NOW = Instant.parse("2024-05-02T15:00:00Z");

    private Orders() {
    }

    static ProposedOrder buy(String quantity, String price) {
        return ProposedOrder.of(SCOPE, Side.BUY, Quantity.of(quantity), Price.of(price));
    }

    static ProposedOrder sell(String quantity, String price) {
        return ProposedOrder.of(SCOPE, Side.SELL, Quantity.of(quantity), Price.of(price));
    }
}
