package io.tradekit.application.ledger;

import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one unit of work realized and paid at one instant, for {@link LedgerPosting}: the positions it moved
 * (realized P&amp;L is the change of each position's realized P&amp;L; a position that went from open to closed
 * or settled is a close), the fees it paid and the executions with a fill it counts. Build it with
 * {@link #at} and the withers; it is immutable.
 */
public record Posting(AccountId accountId, Instant at, Money realizedPnl, Money fees, long trades,
        List<Position> closes) {

    public Posting {
        Require.nonNull(accountId, "accountId");
        at = Times.micros(at, "at");
        Require.nonNull(realizedPnl, "realizedPnl");
        Require.nonNull(fees, "fees");
        if (fees.isNegative()) {
            throw new InvalidValueException("fees", "must not be negative, got " + fees);
        }
        if (trades < 0) {
            throw new InvalidValueException("trades", "must not be negative, got " + trades);
        }
        closes = List.copyOf(closes);
        for (Position p : closes) {
            if (p.isOpen() || !p.accountId().equals(accountId)) {
                throw new InvalidValueException("closes", p + " is not a closed position of " + accountId);
            }
        }
    }

    /** Nothing yet, for {@code account} at {@code at}. */
    public static Posting at(AccountId accountId, Instant at) {
        return new Posting(accountId, at, Money.ZERO, Money.ZERO, 0, List.of());
    }

    /**
     * One position moved from {@code before} (null: it did not exist) to {@code after}: the P&amp;L it realized
     * counts, and it is a close when it was open (or new) and is not any more.
     */
    public Posting moved(Position before, Position after) {
        Require.nonNull(after, "after");
        Money realized = before == null ? after.realizedPnl() : after.realizedPnl().minus(before.realizedPnl());
        List<Position> nextCloses = closes;
        if (!after.isOpen() && (before == null || before.isOpen())) {
            nextCloses = new ArrayList<>(closes);
            nextCloses.add(after);
        }
        return new Posting(accountId, at, realizedPnl.plus(realized), fees, trades, nextCloses);
    }

    /** Fees paid (each leg's fee, filled or not). */
    public Posting paid(Money fee) {
        Require.nonNull(fee, "fee");
        return new Posting(accountId, at, realizedPnl, fees.plus(fee), trades, closes);
    }

    /** One more execution with a fill. */
    public Posting trade() {
        return new Posting(accountId, at, realizedPnl, fees, trades + 1, closes);
    }

    public boolean isEmpty() {
        return realizedPnl.isZero() && fees.isZero() && trades == 0 && closes.isEmpty();
    }

    /** Closes of one posting share its instant; inside it they are taken in position id order. */
    List<Position> closesInOrder() {
        List<Position> sorted = new ArrayList<>(closes);
        sorted.sort(Comparator.comparing(p -> p.id().value()));
        return sorted;
    }
}
