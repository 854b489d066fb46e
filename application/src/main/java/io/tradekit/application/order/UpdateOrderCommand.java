package io.tradekit.application.order;

import io.tradekit.domain.order.OrderRef;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;

/** Apply one {@link OrderUpdate} to the order {@code ref} names. */
public record UpdateOrderCommand(AccountId accountId, OrderRef ref, OrderUpdate update) {
    public UpdateOrderCommand {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(ref, "ref");
        Require.nonNull(update, "update");
    }
}
