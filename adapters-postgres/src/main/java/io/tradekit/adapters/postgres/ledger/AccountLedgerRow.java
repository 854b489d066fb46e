package io.tradekit.adapters.postgres.ledger;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.ledger.LedgerEntry;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One row of {@code account_ledgers}; rebuilt into the aggregate through {@link AccountLedger#restore}. */
public record AccountLedgerRow(String accountId, long closes, BigDecimal realizedNetTotal, BigDecimal peakRealizedNet,
        BigDecimal peakBeforeLastClose, int losingStreak, Instant lastCloseAt, long entryCount, long version) {

    public static AccountLedgerRow of(AccountLedger l) {
        return new AccountLedgerRow(l.accountId().value(), l.closes(), l.realizedNetTotal().amount(),
                l.peakRealizedNet().amount(), l.peakBeforeLastClose().amount(), l.losingStreak(),
                Bounds.storable(l.lastCloseAt(), "lastCloseAt"), l.entryCount(), l.version());
    }

    /** The ledger with the stored entries booked at or after {@code entriesSince}. */
    public AccountLedger toLedger(Instant entriesSince, List<LedgerEntry> entries) {
        return AccountLedger.restore(AccountId.of(accountId), closes, Money.of(realizedNetTotal),
                Money.of(peakRealizedNet), Money.of(peakBeforeLastClose), losingStreak, lastCloseAt, entryCount, version,
                entriesSince, entries);
    }
}
