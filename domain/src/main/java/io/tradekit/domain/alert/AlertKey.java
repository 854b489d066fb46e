package io.tradekit.domain.alert;

import io.tradekit.domain.shared.Require;

/**
 * The deterministic key of an alert within its account, derived from what caused it (e.g.
 * {@code single-leg:<client trade id>}): raising the same alert twice, after a retry or a restart, stores one.
 */
public record AlertKey(String value) {
    public AlertKey {
        Require.id(value, "alertKey");
    }

    public static AlertKey of(String value) {
        return new AlertKey(value);
    }

    /** {@code kind:cause}, e.g. {@code of("halt", "7")}. */
    public static AlertKey of(String kind, String cause) {
        return new AlertKey(Require.id(kind, "alertKey") + ":" + Require.id(cause, "alertKey"));
    }

    @Override
    public String toString() {
        return value;
    }
}
