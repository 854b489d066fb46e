package io.tradekit.bootstrap.replay;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Decimals;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The reference strategy and the report settings of a replay (docs/replay.md). The risk limits are not
 * here: they live in the kit the replay runs on, as they would for a live bot.
 *
 * @param account         whose triggers, trades and positions the replay writes
 * @param threshold       a print fires when its price reaches it, in (0, 1]
 * @param maxAge          a print older than this at the simulated clock is stale and never fires
 * @param stake           notional of each entry; quantity = stake / price, rounded down to 8 decimal places
 *                        (the kit's quantity scale), so quantity x price is at most the stake and short of it
 *                        by less than 1e-8 x price
 * @param feeBps          fee per entry in basis points of its notional
 * @param startingCapital equity before the first close
 * @param zone            calendar days of the report (daily equity, Sharpe, Sortino) and of the risk day
 * @param periodsPerYear  P of Sharpe and Sortino
 */
public record ReplaySettings(AccountId account, Price threshold, Duration maxAge, Money stake, BigDecimal feeBps,
        Money startingCapital, ZoneId zone, int periodsPerYear) {

    /**
     * Entry sizes carry the kit's quantity scale ({@link Decimals#SCALE} places), rounded down so an entry never
     * spends more than its stake and falls short of it by less than 1e-8 x price.
     */
    public static final int QUANTITY_DECIMALS = Decimals.SCALE;
    public static final Money MIN_STAKE = Money.of("0.01");

    public ReplaySettings {
        Require.nonNull(account, "account");
        Require.nonNull(threshold, "threshold");
        if (threshold.value().signum() <= 0 || !threshold.isBinary()) {
            throw new InvalidValueException("threshold", "must lie in (0, 1], got " + threshold);
        }
        Require.nonNull(maxAge, "maxAge");
        if (maxAge.isNegative()) {
            throw new InvalidValueException("maxAge", "must not be negative, got " + maxAge.toSeconds() + " s");
        }
        Require.nonNull(stake, "stake");
        if (stake.compareTo(MIN_STAKE) < 0) {
            throw new InvalidValueException("stake", "must be at least " + MIN_STAKE + ", got " + stake);
        }
        Require.nonNull(feeBps, "feeBps");
        if (feeBps.signum() < 0 || feeBps.compareTo(BigDecimal.valueOf(10_000)) > 0) {
            throw new InvalidValueException("feeBps", "must lie in [0, 10000], got " + feeBps.toPlainString());
        }
        Require.nonNull(startingCapital, "startingCapital");
        if (!startingCapital.isPositive()) {
            throw new InvalidValueException("startingCapital", "must be positive, got " + startingCapital);
        }
        Require.nonNull(zone, "zone");
        if (periodsPerYear < 1) {
            throw new InvalidValueException("periodsPerYear", "must be at least 1, got " + periodsPerYear);
        }
    }
}
