package io.tradekit.application.order;

import io.tradekit.domain.order.OrderRef;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.DomainException;

/** A message names an order the store does not hold for the account; nothing was written. */
public class UnknownOrderException extends DomainException {
    public UnknownOrderException(AccountId accountId, OrderRef ref) {
        super("account " + accountId + " has no order " + ref);
    }
}
