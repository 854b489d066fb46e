package io.tradekit.application.risk;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import java.util.Optional;

/** What one {@link RiskPolicy} says about one order: allowed, or rejected with the figures. */
public sealed interface PolicyResult permits PolicyResult.Allowed, PolicyResult.Rejected {

    static Allowed allowed() {
        return Allowed.INSTANCE;
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** The order stays within the limit. */
    record Allowed() implements PolicyResult {
        private static final Allowed INSTANCE = new Allowed();
    }

    /**
     * The order breaks a limit.
     *
     * @param limit       the limit's name, e.g. {@code maxDailyLoss}
     * @param limitValue  the configured value, as text (money and percentages as plain decimals)
     * @param actualValue the account's actual figure, or the would-be figure after the order for limits
     *                    on what the order adds (exposure, capital at risk, trade and position counts)
     * @param message     one sentence for a log line or an operator
     * @param headroom    the largest order notional this limit alone still allows (never negative), for
     *                    limits that grow linearly with the order size; null when no size would pass (count,
     *                    time, loss or state limits)
     */
    record Rejected(String limit, String limitValue, String actualValue, String message, Money headroom)
            implements PolicyResult {

        public Rejected {
            Require.id(limit, "limit");
            Require.nonNull(limitValue, "limitValue");
            Require.nonNull(actualValue, "actualValue");
            Require.nonNull(message, "message");
            if (headroom != null && headroom.isNegative()) {
                throw new InvalidValueException("headroom", "must not be negative, got " + headroom);
            }
        }

        /** A rejection no smaller order could avoid. */
        public static Rejected outright(String limit, String limitValue, String actualValue, String message) {
            return new Rejected(limit, limitValue, actualValue, message, null);
        }

        /** A rejection an order of at most {@code headroom} notional would avoid (negative headroom counts as 0). */
        public static Rejected withHeadroom(String limit, String limitValue, String actualValue, String message,
                Money headroom) {
            return new Rejected(limit, limitValue, actualValue, message, headroom.max(Money.ZERO));
        }

        public Optional<Money> notionalHeadroom() {
            return Optional.ofNullable(headroom);
        }
    }
}
