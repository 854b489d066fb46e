package io.tradekit.application.risk;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import java.util.Map;

/** Where a check finds an account's limits (configuration, not the store: a check reads the store twice only). */
@FunctionalInterface
public interface RiskLimitsSource {
    RiskLimits limitsFor(AccountId accountId);

    /** The same limits for every account. */
    static RiskLimitsSource same(RiskLimits limits) {
        Require.nonNull(limits, "limits");
        return account -> limits;
    }

    /** Limits per account, and {@code fallback} for accounts not in the map. */
    static RiskLimitsSource perAccount(Map<AccountId, RiskLimits> limits, RiskLimits fallback) {
        Map<AccountId, RiskLimits> copy = Map.copyOf(Require.nonNull(limits, "limits"));
        Require.nonNull(fallback, "fallback");
        return account -> copy.getOrDefault(account, fallback);
    }
}
