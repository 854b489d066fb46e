package io.tradekit.domain.testdata;

import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.ledger.AccountLedgerRepository;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** Changes an account's stored ledger through its own methods (for store-level contracts below the use cases). */
public final class Ledgers {
    private Ledgers() {
    }

    /** Loads the ledger (empty when never stored), applies {@code change} and saves it. */
    public static AccountLedger update(AccountLedgerRepository ledgers, AccountId account,
            UnaryOperator<AccountLedger> change) {
        AccountLedger ledger = ledgers.find(account, Instant.MAX).orElseGet(() -> AccountLedger.empty(account));
        return ledgers.save(change.apply(ledger));
    }

    /** Books a stored closed position as the kit does: its realized P&amp;L at its close time, then the close. */
    public static AccountLedger bookClose(AccountLedgerRepository ledgers, Position closed) {
        Instant at = closed.closedAt().orElseThrow();
        return update(ledgers, closed.accountId(), l -> l.book(at, closed.realizedPnl(), Money.ZERO, 0)
                .close(closed.netRealizedPnl(), at));
    }
}
