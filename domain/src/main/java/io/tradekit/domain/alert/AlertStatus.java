package io.tradekit.domain.alert;

/** OPEN until someone acknowledges it (ACKNOWLEDGED: seen, being handled) and finally RESOLVED. */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED
}
