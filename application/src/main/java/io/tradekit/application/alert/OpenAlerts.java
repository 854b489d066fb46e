package io.tradekit.application.alert;

import io.tradekit.domain.alert.Alert;
import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import java.util.List;

/** The alerts of an account not yet resolved, oldest first. */
public final class OpenAlerts {
    private final AlertRepository alerts;

    public OpenAlerts(AlertRepository alerts) {
        this.alerts = Require.nonNull(alerts, "alerts");
    }

    public List<Alert> of(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        return alerts.findOpen(accountId);
    }
}
