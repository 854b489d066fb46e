package io.tradekit.application.risk;

import io.tradekit.domain.limits.RiskLimitSettings;
import io.tradekit.domain.limits.RiskLimitSettingsRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;

/**
 * Risk limits kept in the store ({@link SetRiskLimits} writes them), per account; an account without stored
 * limits gets {@code fallback}'s (configuration). Costs a check one more read, by primary key.
 */
public final class StoredRiskLimits implements RiskLimitsSource {
    private final RiskLimitSettingsRepository settings;
    private final RiskLimitsSource fallback;

    private StoredRiskLimits(RiskLimitSettingsRepository settings, RiskLimitsSource fallback) {
        this.settings = Require.nonNull(settings, "settings");
        this.fallback = Require.nonNull(fallback, "fallback");
    }

    /**
     * A source, not a use case: built by a factory so the wiring does not publish it as a second
     * RiskLimitsSource bean beside a bot's own.
     */
    public static StoredRiskLimits over(RiskLimitSettingsRepository settings, RiskLimitsSource fallback) {
        return new StoredRiskLimits(settings, fallback);
    }

    @Override
    public RiskLimits limitsFor(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        return settings.find(accountId).map(StoredRiskLimits::toRiskLimits)
                .orElseGet(() -> fallback.limitsFor(accountId));
    }

    /** The stored limits as the policies a check runs; the limits' rules (positive, ...) are the builder's. */
    public static RiskLimits toRiskLimits(RiskLimitSettings s) {
        Require.nonNull(s, "settings");
        RiskLimits.Builder b = RiskLimits.builder()
                .tradingDay(new TradingDay(s.tradingDayZone(), s.tradingDayStart()))
                .includeUnrealizedInDailyLoss(s.includeUnrealizedInDailyLoss());
        if (s.startingCapital() != null) {
            b.startingCapital(s.startingCapital());
        }
        if (s.maxDailyLoss() != null) {
            b.maxDailyLoss(s.maxDailyLoss());
        }
        if (s.maxCapitalAtRisk() != null) {
            b.maxCapitalAtRisk(s.maxCapitalAtRisk());
        }
        if (s.maxTradesPerDay() != null) {
            b.maxTradesPerDay(s.maxTradesPerDay());
        }
        if (s.maxOpenPositions() != null) {
            b.maxOpenPositions(s.maxOpenPositions());
        }
        if (s.maxMarketExposure() != null) {
            b.maxMarketExposure(s.maxMarketExposure());
        }
        if (s.maxEventExposure() != null) {
            b.maxEventExposure(s.maxEventExposure());
        }
        if (s.maxOrderNotional() != null) {
            b.maxOrderNotional(s.maxOrderNotional());
        }
        if (s.cooldownAfterLosses() != null) {
            b.cooldownAfterLosses(s.cooldownAfterLosses(), s.cooldown());
        }
        if (s.maxDrawdownPercent() != null) {
            b.maxDrawdownPercent(s.maxDrawdownPercent());
        }
        return b.build();
    }
}
