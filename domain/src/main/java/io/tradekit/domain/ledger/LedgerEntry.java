package io.tradekit.domain.ledger;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.time.Instant;

/**
 * What one booking added to an account's day figures: the P&amp;L it realized (before fees, partial reduces
 * included), the fees it paid and the trades it counts, at the time it happened.
 *
 * @param sequence    1, 2, 3, ... per account, in booking order (the store's key)
 * @param at          when it was realized or paid (the execution or settlement time)
 * @param realizedPnl realized P&amp;L before fees (any sign)
 * @param fees        fees paid (never negative)
 * @param trades      executions with a fill it counts (0 or more)
 */
public record LedgerEntry(long sequence, Instant at, Money realizedPnl, Money fees, long trades) {

    public LedgerEntry {
        if (sequence < 1) {
            throw new InvalidValueException("sequence", "counts from 1, got " + sequence);
        }
        at = Times.micros(at, "at");
        Require.nonNull(realizedPnl, "realizedPnl");
        Require.nonNull(fees, "fees");
        if (fees.isNegative()) {
            throw new InvalidValueException("fees", "must not be negative, got " + fees);
        }
        if (trades < 0) {
            throw new InvalidValueException("trades", "must not be negative, got " + trades);
        }
    }
}
