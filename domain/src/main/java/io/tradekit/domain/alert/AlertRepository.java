package io.tradekit.domain.alert;

import io.tradekit.domain.shared.AccountId;
import java.util.List;
import java.util.Optional;

/** Alerts per account, unique per (account, key); acknowledge and resolve are optimistic (version). */
public interface AlertRepository {
    /**
     * Stores a new alert (version 0) at version 1 unless its key is taken.
     *
     * @return true when raised now; false when an alert with its key exists (left as it is, whatever its status)
     */
    boolean raiseIfAbsent(Alert alert);

    Optional<Alert> find(AccountId accountId, AlertKey key);

    /**
     * Stores a changed alert over the version it was read at.
     *
     * @return the alert at its new version
     * @throws io.tradekit.domain.shared.StaleVersionException when that version is no longer current
     */
    Alert update(Alert alert);

    /** The account's alerts not yet resolved, oldest first (raised time, then key). */
    List<Alert> findOpen(AccountId accountId);
}
