package io.tradekit.application.risk;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import java.time.Duration;
import java.time.Instant;

/**
 * After {@code losses} consecutive losing closes (net P&amp;L &lt; 0, most recent first), no entry until
 * {@code cooldown} has passed since the last close. The streak only breaks on a non-losing close, so once the
 * cooldown is over the next losing close starts another one.
 */
public final class LosingStreakCooldown implements RiskPolicy {
    public static final String LIMIT = "losingStreakCooldown";

    private final int losses;
    private final Duration cooldown;

    public LosingStreakCooldown(int losses, Duration cooldown) {
        if (losses <= 0) {
            throw new InvalidValueException("cooldownAfterLosses", "must be positive, got " + losses);
        }
        Require.nonNull(cooldown, "cooldown");
        if (cooldown.isNegative() || cooldown.isZero()) {
            throw new InvalidValueException("cooldown", "must be positive, got " + cooldown);
        }
        this.losses = losses;
        this.cooldown = cooldown;
    }

    @Override
    public String limit() {
        return LIMIT;
    }

    @Override
    public PolicyResult evaluate(RiskContext context) {
        int streak = context.snapshot().losingStreak();
        Instant lastClose = context.snapshot().lastCloseAt();
        if (streak < losses || lastClose == null) {
            return PolicyResult.allowed();
        }
        Instant until = lastClose.plus(cooldown);
        if (!context.now().isBefore(until)) {
            return PolicyResult.allowed();
        }
        return PolicyResult.Rejected.outright(LIMIT, cooldown + " after " + losses + " losing closes",
                streak + " losing closes, last at " + lastClose,
                streak + " losing closes in a row (last at " + lastClose + "): cooling down until " + until
                        + ", " + Duration.between(context.now(), until) + " left");
    }
}
