package io.tradekit.application.position;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.TokenId;
import java.util.Map;

/** Current prices of some tokens; the account's open positions in them are valued at these prices. */
public record MarkToMarketCommand(AccountId accountId, Map<TokenId, Price> prices) {
    public MarkToMarketCommand {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(prices, "prices");
        prices.forEach((token, price) -> {
            if (token == null) {
                throw new InvalidValueException("prices", "a token id is null");
            }
            if (price == null) {
                throw new InvalidValueException("prices", "the price of " + token + " is null");
            }
        });
        prices = Map.copyOf(prices);
    }

    public static MarkToMarketCommand of(AccountId accountId, Map<TokenId, Price> prices) {
        return new MarkToMarketCommand(accountId, prices);
    }
}
