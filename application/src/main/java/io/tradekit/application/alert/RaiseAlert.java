package io.tradekit.application.alert;

import io.tradekit.domain.alert.Alert;
import io.tradekit.domain.alert.AlertKey;
import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.domain.alert.AlertSeverity;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;

/** A bot raises an alert of its own, at the clock's time; idempotent by its key (a retry stores nothing new). */
public final class RaiseAlert {
    private final AlertRepository alerts;
    private final Clock clock;

    public RaiseAlert(AlertRepository alerts, Clock clock) {
        this.alerts = Require.nonNull(alerts, "alerts");
        this.clock = Require.nonNull(clock, "clock");
    }

    public record Command(AccountId accountId, AlertKey key, AlertSeverity severity, String source, String message,
            Map<String, BigDecimal> figures) {
        public Command {
            Require.nonNull(accountId, "accountId");
            Require.nonNull(key, "alertKey");
            Require.nonNull(severity, "severity");
            Require.id(source, "source");
            Require.nonNull(message, "message");
            figures = Map.copyOf(Require.nonNull(figures, "figures"));
        }
    }

    /** @return the alert as stored: this one when raised now, else the one raised before under the key */
    public Alert raise(Command command) {
        Require.nonNull(command, "command");
        Alert alert = Alert.raise(command.accountId(), command.key(), command.severity(), command.source(),
                command.message(), command.figures(), clock.instant());
        alerts.raiseIfAbsent(alert);
        return alerts.find(command.accountId(), command.key()).orElseThrow(() ->
                new IllegalStateException("alert " + command.key() + " raised but not found"));
    }
}
