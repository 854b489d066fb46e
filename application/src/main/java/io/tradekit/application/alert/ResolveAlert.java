package io.tradekit.application.alert;

import io.tradekit.domain.alert.Alert;
import io.tradekit.domain.alert.AlertKey;
import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;

/**
 * Acknowledges or resolves an alert, recording who and when (the clock). A concurrent change is re-read and the
 * step decided again, a bounded number of times; acknowledging twice or resolving a resolved alert is an
 * IllegalTransitionException.
 */
public final class ResolveAlert {
    static final int ATTEMPTS = 3;

    private final AlertRepository alerts;
    private final Clock clock;

    public ResolveAlert(AlertRepository alerts, Clock clock) {
        this.alerts = Require.nonNull(alerts, "alerts");
        this.clock = Require.nonNull(clock, "clock");
    }

    public record Command(AccountId accountId, AlertKey key, String by) {
        public Command {
            Require.nonNull(accountId, "accountId");
            Require.nonNull(key, "alertKey");
            Require.id(by, "by");
        }
    }

    public Alert acknowledge(Command command) {
        return apply(command, (alert, at) -> alert.acknowledge(command.by(), at));
    }

    public Alert resolve(Command command) {
        return apply(command, (alert, at) -> alert.resolve(command.by(), at));
    }

    private Alert apply(Command command, BiFunction<Alert, Instant, Alert> step) {
        Require.nonNull(command, "command");
        for (int attempt = 1; ; attempt++) {
            Alert current = alerts.find(command.accountId(), command.key()).orElseThrow(() ->
                    new InvalidValueException("alertKey", "account " + command.accountId() + " has no alert "
                            + command.key()));
            try {
                return alerts.update(step.apply(current, clock.instant()));
            } catch (StaleVersionException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
