package io.tradekit.domain.alert;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Decimals;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Something a person should know about an account: raised with a severity, its source (what raised it), a
 * message and the figures behind it; then acknowledged and resolved, each with who and when. Unique per
 * (account, key); {@code version} guards acknowledge/resolve against a lost update.
 */
public record Alert(
        AccountId accountId,
        AlertKey key,
        AlertSeverity severity,
        String source,
        String message,
        Map<String, BigDecimal> figures,
        Instant raisedAt,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String resolvedBy,
        Instant resolvedAt,
        long version) {

    public static final int MAX_MESSAGE_CHARS = 2_000;

    public Alert {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(key, "alertKey");
        Require.nonNull(severity, "severity");
        Require.id(source, "source");
        Require.nonNull(message, "message");
        if (message.isBlank()) {
            throw new InvalidValueException("message", "must not be blank");
        }
        if (message.length() > MAX_MESSAGE_CHARS) {
            throw new InvalidValueException("message", "longer than " + MAX_MESSAGE_CHARS + " characters");
        }
        Require.nonNull(figures, "figures");
        TreeMap<String, BigDecimal> sorted = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> e : figures.entrySet()) {
            sorted.put(Require.id(e.getKey(), "figures"), Decimals.exact(e.getValue(), "figures." + e.getKey()));
        }
        figures = Collections.unmodifiableMap(sorted);
        raisedAt = Times.micros(raisedAt, "raisedAt");
        acknowledgedAt = acknowledgedAt == null ? null : Times.micros(acknowledgedAt, "acknowledgedAt");
        resolvedAt = resolvedAt == null ? null : Times.micros(resolvedAt, "resolvedAt");
        if ((acknowledgedBy == null) != (acknowledgedAt == null)) {
            throw new InvalidValueException("acknowledgedBy", "an acknowledgement records both who and when");
        }
        if ((resolvedBy == null) != (resolvedAt == null)) {
            throw new InvalidValueException("resolvedBy", "a resolution records both who and when");
        }
        if (acknowledgedBy != null) {
            Require.id(acknowledgedBy, "acknowledgedBy");
        }
        if (resolvedBy != null) {
            Require.id(resolvedBy, "resolvedBy");
        }
        if (version < 0) {
            throw new InvalidValueException("version", "must not be negative, got " + version);
        }
    }

    /** A new, open alert (version 0: not stored yet). */
    public static Alert raise(AccountId accountId, AlertKey key, AlertSeverity severity, String source, String message,
            Map<String, BigDecimal> figures, Instant raisedAt) {
        return new Alert(accountId, key, severity, source, message, figures, raisedAt, null, null, null, null, 0);
    }

    public AlertStatus status() {
        if (resolvedBy != null) {
            return AlertStatus.RESOLVED;
        }
        return acknowledgedBy != null ? AlertStatus.ACKNOWLEDGED : AlertStatus.OPEN;
    }

    /** Not resolved yet (open or acknowledged). */
    public boolean isOpen() {
        return status() != AlertStatus.RESOLVED;
    }

    /** Someone has seen it. Only an OPEN alert can be acknowledged. */
    public Alert acknowledge(String by, Instant at) {
        Require.id(by, "acknowledgedBy");
        Instant when = Times.micros(at, "acknowledgedAt");
        if (status() != AlertStatus.OPEN) {
            throw new IllegalTransitionException("acknowledge alert " + key, "it is " + status());
        }
        return new Alert(accountId, key, severity, source, message, figures, raisedAt, by, when, null, null, version);
    }

    /** Dealt with. An OPEN alert resolved directly counts as acknowledged by the same person at the same time. */
    public Alert resolve(String by, Instant at) {
        Require.id(by, "resolvedBy");
        Instant when = Times.micros(at, "resolvedAt");
        if (status() == AlertStatus.RESOLVED) {
            throw new IllegalTransitionException("resolve alert " + key, "it is RESOLVED already");
        }
        String ackBy = acknowledgedBy == null ? by : acknowledgedBy;
        Instant ackAt = acknowledgedAt == null ? when : acknowledgedAt;
        return new Alert(accountId, key, severity, source, message, figures, raisedAt, ackBy, ackAt, by, when, version);
    }

    public Alert withVersion(long storedVersion) {
        return new Alert(accountId, key, severity, source, message, figures, raisedAt, acknowledgedBy, acknowledgedAt,
                resolvedBy, resolvedAt, storedVersion);
    }
}
