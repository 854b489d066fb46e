package io.tradekit.application.ledger;

import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.ledger.AccountLedgerRepository;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Optional;

/**
 * THE step that applies realized P&amp;L, fees and closes to an account's ledger. Every use case that realizes
 * P&amp;L or pays a fee calls it inside its own unit of work (so the ledger moves with the positions or not at
 * all): {@code RecordExecution}, {@code SettleMarket}, and whatever books fills. The figures' rules are the
 * ledger's ({@link AccountLedger}); this only loads, books and saves.
 *
 * <p>The save is optimistic: a concurrent writer that booked first makes it throw
 * {@link io.tradekit.domain.shared.StaleVersionException}; the caller's unit of work rolls back and the caller
 * re-runs (the use cases turn it into their retryable conflict).
 */
public final class LedgerPosting {
    private final AccountLedgerRepository ledgers;

    public LedgerPosting(AccountLedgerRepository ledgers) {
        this.ledgers = Require.nonNull(ledgers, "ledgers");
    }

    /** Books {@code posting}; a posting of nothing writes nothing. Call inside the caller's unit of work. */
    public void post(Posting posting) {
        Require.nonNull(posting, "posting");
        if (posting.isEmpty()) {
            return;
        }
        next(ledgers.find(posting.accountId(), Instant.MAX), posting).ifPresent(ledgers::save);
    }

    /**
     * The ledger after {@code posting}, not stored: {@code current} as read in the caller's unit of work (empty:
     * never stored) with the posting booked on it; empty when the posting is of nothing. For a caller that stores
     * the ledger with other writes in one statement ({@code RecordFill}); the rules are the same.
     */
    public static Optional<AccountLedger> next(Optional<AccountLedger> current, Posting posting) {
        Require.nonNull(current, "current");
        Require.nonNull(posting, "posting");
        if (posting.isEmpty()) {
            return Optional.empty();
        }
        AccountLedger ledger = current.orElseGet(() -> AccountLedger.empty(posting.accountId()));
        if (!ledger.accountId().equals(posting.accountId())) {
            throw new InvalidValueException("current", "the ledger of " + ledger.accountId() + " cannot book a posting of "
                    + posting.accountId());
        }
        ledger = ledger.book(posting.at(), posting.realizedPnl(), posting.fees(), posting.trades());
        for (Position closed : posting.closesInOrder()) {
            ledger = ledger.close(closed.netRealizedPnl(), closed.closedAt().orElseThrow());
        }
        return Optional.of(ledger);
    }
}
