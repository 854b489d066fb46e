package io.tradekit.domain.trigger;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import java.time.Instant;

/**
 * A first-hit signal: the first print at which a token's price reached a threshold. Unique per
 * (account, condition, threshold) AND per (account, token, threshold): one market can surface under a
 * second token id, and a check on one key alone would fire twice.
 */
public record Trigger(
        AccountId accountId,
        ConditionId conditionId,
        TokenId tokenId,
        Price threshold,
        Price price,
        MarketTradeId marketTradeId,
        Instant printedAt,
        Instant firedAt) {

    public Trigger {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(tokenId, "tokenId");
        Require.nonNull(threshold, "threshold");
        Require.nonNull(price, "price");
        Require.nonNull(marketTradeId, "marketTradeId");
        printedAt = Times.micros(printedAt, "printedAt");
        firedAt = Times.micros(firedAt, "firedAt");
        if (!price.isAtLeast(threshold)) {
            throw new InvalidValueException("price", price + " has not reached the threshold " + threshold);
        }
    }

    /** The trigger a print fires at {@code threshold}, if its price reached it. */
    public static Trigger firedBy(AccountId accountId, MarketTrade print, Price threshold, Instant firedAt) {
        Require.nonNull(print, "print");
        return new Trigger(accountId, print.conditionId(), print.tokenId(), threshold, print.price(), print.tradeId(),
                print.timestamp(), firedAt);
    }
}
