package io.tradekit.domain.limits;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.StringJoiner;

/**
 * An account's risk limits as stored: each limit optional (null: not checked), what "today" means (zone and
 * session start), who set them last and when, and a version for optimistic saves. The limits' own rules (a
 * limit is positive, drawdown needs a starting capital, ...) are the risk module's (its RiskLimits builder),
 * which the use case that sets them runs before saving.
 */
public record RiskLimitSettings(
        AccountId accountId,
        Money startingCapital,
        Money maxDailyLoss,
        boolean includeUnrealizedInDailyLoss,
        Money maxCapitalAtRisk,
        Long maxTradesPerDay,
        Long maxOpenPositions,
        Money maxMarketExposure,
        Money maxEventExposure,
        Money maxOrderNotional,
        Integer cooldownAfterLosses,
        Duration cooldown,
        BigDecimal maxDrawdownPercent,
        ZoneId tradingDayZone,
        LocalTime tradingDayStart,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public RiskLimitSettings {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(tradingDayZone, "tradingDayZone");
        Require.nonNull(tradingDayStart, "tradingDayStart");
        if ((cooldownAfterLosses == null) != (cooldown == null)) {
            throw new InvalidValueException("cooldown", "a cooldown names both the losses in a row and how long");
        }
        if (cooldown != null && cooldown.toNanos() % 1_000 != 0) {
            throw new InvalidValueException("cooldown", "finer than a microsecond: " + cooldown);
        }
        if (maxDrawdownPercent != null && maxDrawdownPercent.scale() < 0) {
            maxDrawdownPercent = maxDrawdownPercent.setScale(0); // 2E+1 is kept as 20, as every store gives it back
        }
        tradingDayStart = tradingDayStart.withNano(tradingDayStart.getNano() / 1_000 * 1_000);
        Require.id(updatedBy, "updatedBy");
        updatedAt = Times.micros(updatedAt, "updatedAt");
        if (version < 0) {
            throw new InvalidValueException("version", "must not be negative, got " + version);
        }
    }

    public RiskLimitSettings withVersion(long storedVersion) {
        return new RiskLimitSettings(accountId, startingCapital, maxDailyLoss, includeUnrealizedInDailyLoss,
                maxCapitalAtRisk, maxTradesPerDay, maxOpenPositions, maxMarketExposure, maxEventExposure,
                maxOrderNotional, cooldownAfterLosses, cooldown, maxDrawdownPercent, tradingDayZone, tradingDayStart,
                updatedBy, updatedAt, storedVersion);
    }

    /** These limits as set by {@code by} at {@code at}, to be saved over {@code storedVersion}. */
    public RiskLimitSettings replacing(long storedVersion, String by, Instant at) {
        return new RiskLimitSettings(accountId, startingCapital, maxDailyLoss, includeUnrealizedInDailyLoss,
                maxCapitalAtRisk, maxTradesPerDay, maxOpenPositions, maxMarketExposure, maxEventExposure,
                maxOrderNotional, cooldownAfterLosses, cooldown, maxDrawdownPercent, tradingDayZone, tradingDayStart,
                by, at, storedVersion);
    }

    /** The limits as one line of text, for the audit trail (who and when are the entry's own). */
    public String describe() {
        StringJoiner s = new StringJoiner("; ");
        s.add("tradingDay=" + tradingDayZone.getId() + " " + tradingDayStart);
        add(s, "startingCapital", startingCapital);
        add(s, "maxDailyLoss", maxDailyLoss);
        s.add("includeUnrealizedInDailyLoss=" + includeUnrealizedInDailyLoss);
        add(s, "maxCapitalAtRisk", maxCapitalAtRisk);
        add(s, "maxTradesPerDay", maxTradesPerDay);
        add(s, "maxOpenPositions", maxOpenPositions);
        add(s, "maxMarketExposure", maxMarketExposure);
        add(s, "maxEventExposure", maxEventExposure);
        add(s, "maxOrderNotional", maxOrderNotional);
        add(s, "cooldownAfterLosses", cooldownAfterLosses);
        add(s, "cooldown", cooldown);
        add(s, "maxDrawdownPercent", maxDrawdownPercent == null ? null : maxDrawdownPercent.toPlainString());
        return s.toString();
    }

    private static void add(StringJoiner s, String name, Object value) {
        if (value != null) {
            s.add(name + "=" + value);
        }
    }
}
