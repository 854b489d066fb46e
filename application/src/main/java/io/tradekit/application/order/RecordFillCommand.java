package io.tradekit.application.order;

import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Liquidity;
import io.tradekit.domain.order.OrderRef;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.time.Instant;

/**
 * Book one fill of the order {@code order} names. {@code fillId} is the venue's per-fill id, or
 * {@link FillId#derived} where the venue has none.
 */
public record RecordFillCommand(AccountId accountId, OrderRef order, FillId fillId, Quantity quantity, Price price,
        Money fee, Liquidity liquidity, Instant filledAt) {
    public RecordFillCommand {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(order, "order");
        Require.nonNull(fillId, "fillId");
        Require.nonNull(quantity, "quantity");
        Require.nonNull(price, "price");
        Require.nonNull(fee, "fee");
        Require.nonNull(liquidity, "liquidity");
        filledAt = Times.micros(filledAt, "filledAt");
    }
}
