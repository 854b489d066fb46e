package io.tradekit.domain.account;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.time.Instant;
import java.util.Optional;

/**
 * The trading state of one account. A halt or a switch to reducing records its reason, who did it and
 * when; it lasts (across restarts) until an explicit {@link #resume} that records who resumed and when.
 * An account never stored is ACTIVE ({@link #initial}). {@code version} is for optimistic locking.
 */
public record TradingState(
        AccountId accountId,
        TradingStatus status,
        String reason,
        String changedBy,
        Instant changedAt,
        String resumedBy,
        Instant resumedAt,
        long version) {

    public TradingState {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(status, "status");
        changedAt = changedAt == null ? null : Times.micros(changedAt, "changedAt");
        resumedAt = resumedAt == null ? null : Times.micros(resumedAt, "resumedAt");
        if (status != TradingStatus.ACTIVE && (blank(reason) || blank(changedBy) || changedAt == null)) {
            throw new InvalidValueException("reason", "a " + status + " state records its reason, who set it and when");
        }
        if ((resumedBy == null) != (resumedAt == null)) {
            throw new InvalidValueException("resumedBy", "a resume records both who and when");
        }
        if (version < 0) {
            throw new InvalidValueException("version", "must not be negative, got " + version);
        }
    }

    public static TradingState initial(AccountId accountId) {
        return new TradingState(accountId, TradingStatus.ACTIVE, null, null, null, null, null, 0);
    }

    /** No new entries; exits still pass. */
    public TradingState halt(String why, String by, Instant at) {
        return change(TradingStatus.HALTED, why, by, at);
    }

    /** Only orders that cut exposure pass. */
    public TradingState reduceOnly(String why, String by, Instant at) {
        return change(TradingStatus.REDUCING, why, by, at);
    }

    /** Lifts a halt or reducing state; recorded with who and when. */
    public TradingState resume(String by, Instant at) {
        Require.id(by, "resumedBy");
        Require.nonNull(at, "resumedAt");
        if (status == TradingStatus.ACTIVE) {
            throw new IllegalTransitionException("resume account " + accountId, "it is already ACTIVE");
        }
        return new TradingState(accountId, TradingStatus.ACTIVE, reason, changedBy, changedAt, by, at, version);
    }

    public Optional<String> reasonText() {
        return Optional.ofNullable(reason);
    }

    /** The state as one line of text, for the audit trail. */
    public String describe() {
        StringBuilder s = new StringBuilder("status=").append(status);
        if (reason != null) {
            s.append("; reason=").append(reason).append("; changedBy=").append(changedBy).append("; changedAt=")
                    .append(changedAt);
        }
        if (resumedBy != null) {
            s.append("; resumedBy=").append(resumedBy).append("; resumedAt=").append(resumedAt);
        }
        return s.toString();
    }

    public TradingState withVersion(long storedVersion) {
        return new TradingState(accountId, status, reason, changedBy, changedAt, resumedBy, resumedAt, storedVersion);
    }

    private TradingState change(TradingStatus next, String why, String by, Instant at) {
        if (blank(why)) {
            throw new InvalidValueException("reason", "must not be blank");
        }
        Require.id(by, "changedBy");
        Require.nonNull(at, "changedAt");
        return new TradingState(accountId, next, why, by, at, resumedBy, resumedAt, version);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
