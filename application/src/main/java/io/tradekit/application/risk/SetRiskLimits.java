package io.tradekit.application.risk;

import io.tradekit.domain.audit.AuditEntry;
import io.tradekit.domain.audit.AuditSubject;
import io.tradekit.domain.audit.AuditTrail;
import io.tradekit.domain.limits.RiskLimitSettings;
import io.tradekit.domain.limits.RiskLimitSettingsRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Stores an account's risk limits (replacing what was stored) and writes the change, before and after, who and
 * when, to the audit trail in the same unit of work. The limits are checked by the risk module's own rules first
 * (a bad one is an InvalidValueException naming it, and nothing is written). A concurrent change surfaces as
 * StaleVersionException.
 */
public final class SetRiskLimits {
    private final RiskLimitSettingsRepository settings;
    private final AuditTrail auditTrail;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SetRiskLimits(RiskLimitSettingsRepository settings, AuditTrail auditTrail, UnitOfWork unitOfWork,
            Clock clock) {
        this.settings = Require.nonNull(settings, "settings");
        this.auditTrail = Require.nonNull(auditTrail, "auditTrail");
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
        this.clock = Require.nonNull(clock, "clock");
    }

    /** The limits to store; a null limit is not checked. */
    public record Command(AccountId accountId, TradingDay tradingDay, Money startingCapital, Money maxDailyLoss,
            boolean includeUnrealizedInDailyLoss, Money maxCapitalAtRisk, Long maxTradesPerDay, Long maxOpenPositions,
            Money maxMarketExposure, Money maxEventExposure, Money maxOrderNotional, Integer cooldownAfterLosses,
            Duration cooldown, BigDecimal maxDrawdownPercent, String by) {
        public Command {
            Require.nonNull(accountId, "accountId");
            Require.nonNull(tradingDay, "tradingDay");
            Require.id(by, "by");
        }

        /** No limits (only the trading state is checked), days from 00:00 UTC: start here and set what you need. */
        public static Command none(AccountId accountId, String by) {
            return new Command(accountId, TradingDay.utcMidnight(), null, null, false, null, null, null, null, null,
                    null, null, null, null, by);
        }

        public Command withMaxDailyLoss(Money limit) {
            return new Command(accountId, tradingDay, startingCapital, limit, includeUnrealizedInDailyLoss,
                    maxCapitalAtRisk, maxTradesPerDay, maxOpenPositions, maxMarketExposure, maxEventExposure,
                    maxOrderNotional, cooldownAfterLosses, cooldown, maxDrawdownPercent, by);
        }

        public Command withMaxOrderNotional(Money limit) {
            return new Command(accountId, tradingDay, startingCapital, maxDailyLoss, includeUnrealizedInDailyLoss,
                    maxCapitalAtRisk, maxTradesPerDay, maxOpenPositions, maxMarketExposure, maxEventExposure, limit,
                    cooldownAfterLosses, cooldown, maxDrawdownPercent, by);
        }

        public Command withMaxDrawdown(Money capital, BigDecimal percent) {
            return new Command(accountId, tradingDay, capital, maxDailyLoss, includeUnrealizedInDailyLoss,
                    maxCapitalAtRisk, maxTradesPerDay, maxOpenPositions, maxMarketExposure, maxEventExposure,
                    maxOrderNotional, cooldownAfterLosses, cooldown, percent, by);
        }

        public Command withTradingDay(TradingDay day) {
            return new Command(accountId, day, startingCapital, maxDailyLoss, includeUnrealizedInDailyLoss,
                    maxCapitalAtRisk, maxTradesPerDay, maxOpenPositions, maxMarketExposure, maxEventExposure,
                    maxOrderNotional, cooldownAfterLosses, cooldown, maxDrawdownPercent, by);
        }
    }

    /** @return the limits as stored (at their new version) */
    public RiskLimitSettings set(Command c) {
        Require.nonNull(c, "command");
        return unitOfWork.inTransaction(() -> {
            Optional<RiskLimitSettings> before = settings.find(c.accountId());
            var at = clock.instant();
            RiskLimitSettings next = new RiskLimitSettings(c.accountId(), c.startingCapital(), c.maxDailyLoss(),
                    c.includeUnrealizedInDailyLoss(), c.maxCapitalAtRisk(), c.maxTradesPerDay(), c.maxOpenPositions(),
                    c.maxMarketExposure(), c.maxEventExposure(), c.maxOrderNotional(), c.cooldownAfterLosses(),
                    c.cooldown(), c.maxDrawdownPercent(), c.tradingDay().zone(), c.tradingDay().sessionStart(), c.by(),
                    at, before.map(RiskLimitSettings::version).orElse(0L));
            StoredRiskLimits.toRiskLimits(next); // the limits' rules, before anything is written
            RiskLimitSettings stored = settings.save(next);
            auditTrail.append(AuditEntry.of(c.accountId(), AuditSubject.RISK_LIMITS, c.accountId().value(),
                    before.map(RiskLimitSettings::describe).orElse(""), stored.describe(), c.by(), at));
            return stored;
        });
    }
}
