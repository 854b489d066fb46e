package io.tradekit.adapters.postgres.ledger;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.domain.ledger.LedgerEntry;
import io.tradekit.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code account_ledger_entries}. */
public record LedgerEntryRow(long seq, Instant at, BigDecimal realizedPnl, BigDecimal fees, long trades) {

    public static LedgerEntryRow of(LedgerEntry e) {
        return new LedgerEntryRow(e.sequence(), Bounds.storable(e.at(), "at"), e.realizedPnl().amount(),
                e.fees().amount(), e.trades());
    }

    LedgerEntry toEntry() {
        return new LedgerEntry(seq, at, Money.of(realizedPnl), Money.of(fees), trades);
    }
}
