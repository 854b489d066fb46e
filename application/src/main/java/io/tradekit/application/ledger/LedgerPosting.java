package io.tradekit.application.ledger;

import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.ledger.AccountLedgerRepository;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.Require;
import java.time.Instant;

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
        AccountLedger ledger = ledgers.find(posting.accountId(), Instant.MAX)
                .orElseGet(() -> AccountLedger.empty(posting.accountId()));
        ledger = ledger.book(posting.at(), posting.realizedPnl(), posting.fees(), posting.trades());
        for (Position closed : posting.closesInOrder()) {
            ledger = ledger.close(closed.netRealizedPnl(), closed.closedAt().orElseThrow());
        }
        ledgers.save(ledger);
    }
}
