package io.tradekit.domain.ledger;

import io.tradekit.domain.shared.AccountId;
import java.time.Instant;
import java.util.Optional;

/**
 * The account ledgers. A store only stores, loads and compares versions: every figure is computed by
 * {@link AccountLedger}.
 */
public interface AccountLedgerRepository {
    /**
     * The account's ledger with its entries booked at or after {@code entriesSince} (the start of the trading
     * day a caller wants figures of; {@code Instant.MAX} for none): a read that grows with that day's
     * activity, never with the account's history.
     */
    Optional<AccountLedger> find(AccountId accountId, Instant entriesSince);

    /**
     * Stores the ledger read at {@code ledger.version()} (0 = never stored) with the entries booked on it.
     *
     * @return the ledger at its new stored version (one more)
     * @throws io.tradekit.domain.shared.StaleVersionException when another writer saved first; nothing is written
     */
    AccountLedger save(AccountLedger ledger);
}
