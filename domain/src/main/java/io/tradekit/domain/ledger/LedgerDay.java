package io.tradekit.domain.ledger;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;

/**
 * An account's figures of one trading day, from the entries booked at or after the day's start.
 *
 * @param realizedPnl P&amp;L realized that day, before fees (a partial reduce counts the day it happens)
 * @param fees        fees paid that day
 * @param trades      executions with a fill that day
 */
public record LedgerDay(Money realizedPnl, Money fees, long trades) {
    public static final LedgerDay NONE = new LedgerDay(Money.ZERO, Money.ZERO, 0);

    public LedgerDay {
        Require.nonNull(realizedPnl, "realizedPnl");
        Require.nonNull(fees, "fees");
        if (trades < 0) {
            throw new InvalidValueException("trades", "must not be negative, got " + trades);
        }
    }

    LedgerDay plus(LedgerEntry entry) {
        return new LedgerDay(realizedPnl.plus(entry.realizedPnl()), fees.plus(entry.fees()), trades + entry.trades());
    }
}
