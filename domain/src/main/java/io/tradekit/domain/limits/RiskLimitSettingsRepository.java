package io.tradekit.domain.limits;

import io.tradekit.domain.shared.AccountId;
import java.util.Optional;

/** Stored risk limits, one row per account; saves are optimistic (version). */
public interface RiskLimitSettingsRepository {
    Optional<RiskLimitSettings> find(AccountId accountId);

    /**
     * Stores the settings over {@code settings.version()} (0: none stored yet).
     *
     * @return the settings at their new version
     * @throws io.tradekit.domain.shared.StaleVersionException when that version is no longer current
     */
    RiskLimitSettings save(RiskLimitSettings settings);
}
