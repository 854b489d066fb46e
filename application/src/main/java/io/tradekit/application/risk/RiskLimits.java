package io.tradekit.application.risk;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An account's limits, each optional: a limit left out is not checked. Built with {@link #builder()}; the
 * configured limits become the {@link #policies()} a check runs (the trading state is always checked too).
 */
public final class RiskLimits {
    private final TradingDay tradingDay;
    private final Money startingCapital;
    private final boolean includeUnrealizedInDailyLoss;
    private final List<RiskPolicy> policies;

    private RiskLimits(Builder b) {
        this.tradingDay = b.tradingDay;
        this.startingCapital = b.startingCapital;
        this.includeUnrealizedInDailyLoss = b.includeUnrealizedInDailyLoss;
        List<RiskPolicy> list = new ArrayList<>();
        if (b.maxDailyLoss != null) {
            list.add(new MaxDailyLoss(b.maxDailyLoss, b.includeUnrealizedInDailyLoss));
        }
        if (b.maxDrawdownPercent != null) {
            if (b.startingCapital == null) {
                throw new InvalidValueException("startingCapital",
                        "the drawdown limit measures equity from the starting capital; set it");
            }
            list.add(new MaxDrawdown(b.maxDrawdownPercent, b.startingCapital));
        }
        if (b.cooldownAfterLosses != null) {
            list.add(new LosingStreakCooldown(b.cooldownAfterLosses, b.cooldown));
        }
        if (b.maxTradesPerDay != null) {
            list.add(new MaxTradesPerDay(b.maxTradesPerDay));
        }
        if (b.maxOpenPositions != null) {
            list.add(new MaxOpenPositions(b.maxOpenPositions));
        }
        if (b.maxOrderNotional != null) {
            list.add(new MaxOrderNotional(b.maxOrderNotional));
        }
        if (b.maxCapitalAtRisk != null) {
            list.add(new MaxCapitalAtRisk(b.maxCapitalAtRisk));
        }
        if (b.maxMarketExposure != null) {
            list.add(new MaxMarketExposure(b.maxMarketExposure));
        }
        if (b.maxEventExposure != null) {
            list.add(new MaxEventExposure(b.maxEventExposure));
        }
        list.addAll(b.custom);
        this.policies = List.copyOf(list);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No limits at all: only the trading state is checked; days run from 00:00 UTC. */
    public static RiskLimits none() {
        return builder().build();
    }

    public TradingDay tradingDay() {
        return tradingDay;
    }

    /** The capital the account started with; equity and the drawdown peak are measured from it. */
    public Optional<Money> startingCapital() {
        return Optional.ofNullable(startingCapital);
    }

    public boolean includeUnrealizedInDailyLoss() {
        return includeUnrealizedInDailyLoss;
    }

    /** The configured limits as policies, in the order they are checked (custom ones last). */
    public List<RiskPolicy> policies() {
        return policies;
    }

    public static final class Builder {
        private TradingDay tradingDay = TradingDay.utcMidnight();
        private Money startingCapital;
        private boolean includeUnrealizedInDailyLoss;
        private Money maxDailyLoss;
        private Money maxCapitalAtRisk;
        private Long maxTradesPerDay;
        private Long maxOpenPositions;
        private Money maxMarketExposure;
        private Money maxEventExposure;
        private Money maxOrderNotional;
        private Integer cooldownAfterLosses;
        private Duration cooldown;
        private BigDecimal maxDrawdownPercent;
        private final List<RiskPolicy> custom = new ArrayList<>();

        private Builder() {
        }

        /** What "today" means for the daily limits; default 00:00 UTC. */
        public Builder tradingDay(TradingDay day) {
            this.tradingDay = Require.nonNull(day, "tradingDay");
            return this;
        }

        public Builder startingCapital(Money capital) {
            this.startingCapital = LimitValues.positive(capital, "startingCapital");
            return this;
        }

        public Builder maxDailyLoss(Money limit) {
            this.maxDailyLoss = LimitValues.positive(limit, MaxDailyLoss.LIMIT);
            return this;
        }

        /** Whether the daily loss counts the unrealized P&amp;L of open positions; default false. */
        public Builder includeUnrealizedInDailyLoss(boolean include) {
            this.includeUnrealizedInDailyLoss = include;
            return this;
        }

        public Builder maxCapitalAtRisk(Money limit) {
            this.maxCapitalAtRisk = LimitValues.positive(limit, MaxCapitalAtRisk.LIMIT);
            return this;
        }

        public Builder maxTradesPerDay(long limit) {
            this.maxTradesPerDay = LimitValues.positive(limit, MaxTradesPerDay.LIMIT);
            return this;
        }

        public Builder maxOpenPositions(long limit) {
            this.maxOpenPositions = LimitValues.positive(limit, MaxOpenPositions.LIMIT);
            return this;
        }

        public Builder maxMarketExposure(Money limit) {
            this.maxMarketExposure = LimitValues.positive(limit, MaxMarketExposure.LIMIT);
            return this;
        }

        public Builder maxEventExposure(Money limit) {
            this.maxEventExposure = LimitValues.positive(limit, MaxEventExposure.LIMIT);
            return this;
        }

        public Builder maxOrderNotional(Money limit) {
            this.maxOrderNotional = LimitValues.positive(limit, MaxOrderNotional.LIMIT);
            return this;
        }

        /** After {@code losses} losing closes in a row, no entries for {@code cooldown} after the last close. */
        public Builder cooldownAfterLosses(int losses, Duration cooldown) {
            new LosingStreakCooldown(losses, cooldown); // validates now, naming the field
            this.cooldownAfterLosses = losses;
            this.cooldown = cooldown;
            return this;
        }

        /** Drawdown from the equity peak, in percent (20 = 20 %); needs {@link #startingCapital}. */
        public Builder maxDrawdownPercent(BigDecimal percent) {
            Require.nonNull(percent, "maxDrawdownPercent");
            this.maxDrawdownPercent = percent;
            return this;
        }

        /** Adds a limit of your own; it runs after the built-in ones. */
        public Builder policy(RiskPolicy policy) {
            custom.add(Require.nonNull(policy, "policy"));
            return this;
        }

        public RiskLimits build() {
            return new RiskLimits(this);
        }
    }
}
