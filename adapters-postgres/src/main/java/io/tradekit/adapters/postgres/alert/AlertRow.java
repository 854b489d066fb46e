package io.tradekit.adapters.postgres.alert;

import io.tradekit.domain.alert.Alert;
import io.tradekit.domain.alert.AlertKey;
import io.tradekit.domain.alert.AlertSeverity;
import io.tradekit.domain.shared.AccountId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One row of {@code alerts}; its figures come from {@code alert_figures}. */
record AlertRow(String accountId, String alertKey, String severity, String source, String message, Instant raisedAt,
        String acknowledgedBy, Instant acknowledgedAt, String resolvedBy, Instant resolvedAt, long version) {

    static AlertRow of(Alert a) {
        return new AlertRow(a.accountId().value(), a.key().value(), a.severity().name(), a.source(), a.message(),
                a.raisedAt(), a.acknowledgedBy(), a.acknowledgedAt(), a.resolvedBy(), a.resolvedAt(), a.version());
    }

    Alert toAlert(List<AlertFigureRow> figures) {
        Map<String, BigDecimal> values = new TreeMap<>();
        for (AlertFigureRow f : figures) {
            if (f.alertKey().equals(alertKey)) {
                values.put(f.name(), f.value());
            }
        }
        return new Alert(AccountId.of(accountId), AlertKey.of(alertKey), AlertSeverity.valueOf(severity), source,
                message, values, raisedAt, acknowledgedBy, acknowledgedAt, resolvedBy, resolvedAt, version);
    }
}
