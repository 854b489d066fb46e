package io.tradekit.application.backtest;

import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;

/** How much of an order filled, at what price and for what fee. */
public record Fill(Quantity quantity, Price price, Money fee) {
    public Fill {
        Require.nonNull(quantity, "quantity");
        Require.nonNull(price, "price");
        Require.nonNull(fee, "fee");
    }
}
