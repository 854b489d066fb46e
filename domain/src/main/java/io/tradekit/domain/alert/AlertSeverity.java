package io.tradekit.domain.alert;

/** How urgently a person should look: INFO (for the record), WARNING (look today), CRITICAL (look now). */
public enum AlertSeverity {
    INFO, WARNING, CRITICAL
}
