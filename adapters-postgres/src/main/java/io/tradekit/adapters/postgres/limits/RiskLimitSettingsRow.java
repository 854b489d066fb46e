package io.tradekit.adapters.postgres.limits;

import io.tradekit.domain.limits.RiskLimitSettings;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** One row of {@code risk_limit_settings}; the cooldown in microseconds, the session start as text (HH:mm:ss.ffffff). */
record RiskLimitSettingsRow(String accountId, BigDecimal startingCapital, BigDecimal maxDailyLoss,
        boolean includeUnrealizedInDailyLoss, BigDecimal maxCapitalAtRisk, Long maxTradesPerDay, Long maxOpenPositions,
        BigDecimal maxMarketExposure, BigDecimal maxEventExposure, BigDecimal maxOrderNotional,
        Integer cooldownAfterLosses, Long cooldownMicros, BigDecimal maxDrawdownPercent, String tradingDayZone,
        String tradingDayStart, String updatedBy, Instant updatedAt, long version) {

    static RiskLimitSettingsRow of(RiskLimitSettings s) {
        return new RiskLimitSettingsRow(s.accountId().value(), amount(s.startingCapital()), amount(s.maxDailyLoss()),
                s.includeUnrealizedInDailyLoss(), amount(s.maxCapitalAtRisk()), s.maxTradesPerDay(),
                s.maxOpenPositions(), amount(s.maxMarketExposure()), amount(s.maxEventExposure()),
                amount(s.maxOrderNotional()), s.cooldownAfterLosses(),
                s.cooldown() == null ? null : s.cooldown().toNanos() / 1_000, s.maxDrawdownPercent(),
                s.tradingDayZone().getId(), s.tradingDayStart().toString(), s.updatedBy(), s.updatedAt(), s.version());
    }

    RiskLimitSettings toSettings() {
        return new RiskLimitSettings(AccountId.of(accountId), money(startingCapital), money(maxDailyLoss),
                includeUnrealizedInDailyLoss, money(maxCapitalAtRisk), maxTradesPerDay, maxOpenPositions,
                money(maxMarketExposure), money(maxEventExposure), money(maxOrderNotional), cooldownAfterLosses,
                cooldownMicros == null ? null : Duration.of(cooldownMicros, ChronoUnit.MICROS), maxDrawdownPercent,
                ZoneId.of(tradingDayZone), LocalTime.parse(tradingDayStart), updatedBy, updatedAt, version);
    }

    private static BigDecimal amount(Money m) {
        return m == null ? null : m.amount();
    }

    private static Money money(BigDecimal v) {
        return v == null ? null : Money.of(v);
    }
}
