package io.tradekit.adapters.postgres.trigger;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.trigger.Trigger;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code triggers}. */
record TriggerRow(String accountId, String conditionId, String tokenId, BigDecimal threshold, BigDecimal price,
        String marketTradeId, Instant printedAt, Instant firedAt) {

    static TriggerRow of(Trigger t) {
        return new TriggerRow(t.accountId().value(), t.conditionId().value(), t.tokenId().value(),
                t.threshold().value(), t.price().value(), t.marketTradeId().value(),
                Bounds.storable(t.printedAt(), "printedAt"), Bounds.storable(t.firedAt(), "firedAt"));
    }

    Trigger toTrigger() {
        return new Trigger(AccountId.of(accountId), ConditionId.of(conditionId), TokenId.of(tokenId),
                Price.of(threshold), Price.of(price), MarketTradeId.of(marketTradeId), printedAt, firedAt);
    }
}
