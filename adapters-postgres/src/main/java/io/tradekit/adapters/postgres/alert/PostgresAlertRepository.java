package io.tradekit.adapters.postgres.alert;

import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.alert.Alert;
import io.tradekit.domain.alert.AlertKey;
import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mybatis.spring.SqlSessionTemplate;

/** Alerts in PostgreSQL: raised with ON CONFLICT DO NOTHING on (account, key), changed over their version. */
public final class PostgresAlertRepository implements AlertRepository {
    private final AlertMapper mapper;
    private final StoreCalls calls;

    public PostgresAlertRepository(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(AlertMapper.class);
        this.calls = calls;
    }

    @Override
    public boolean raiseIfAbsent(Alert alert) {
        Require.nonNull(alert, "alert");
        if (alert.version() != 0) {
            throw new InvalidValueException("version", "a raised alert is new (version 0), got " + alert.version());
        }
        AlertRow row = AlertRow.of(alert);
        List<AlertFigureRow> figures = alert.figures().entrySet().stream()
                .map((Map.Entry<String, java.math.BigDecimal> e) -> new AlertFigureRow(row.alertKey(), e.getKey(),
                        e.getValue()))
                .toList();
        return calls.inTransaction("raise alert " + alert.key() + " of " + alert.accountId(), () -> {
            if (mapper.raiseIfAbsent(row) == 0) {
                return false;
            }
            if (!figures.isEmpty()) {
                mapper.insertFigures(row, figures);
            }
            return true;
        });
    }

    @Override
    public Optional<Alert> find(AccountId accountId, AlertKey key) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(key, "key");
        String what = "find alert " + key + " of " + accountId;
        AlertRow row = calls.call(what, () -> mapper.find(accountId.value(), key.value()));
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(row.toAlert(calls.call(what, () -> mapper.findFigures(accountId.value(),
                List.of(key.value())))));
    }

    @Override
    public Alert update(Alert alert) {
        Require.nonNull(alert, "alert");
        AlertRow row = AlertRow.of(alert);
        if (calls.call("update alert " + alert.key() + " of " + alert.accountId(), () -> mapper.update(row)) == 0) {
            throw new StaleVersionException("alert", alert.key().value(), alert.version());
        }
        return alert.withVersion(alert.version() + 1);
    }

    @Override
    public List<Alert> findOpen(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        String what = "find the open alerts of " + accountId;
        List<AlertRow> rows = calls.call(what, () -> mapper.findOpen(accountId.value()));
        if (rows.isEmpty()) {
            return List.of();
        }
        List<AlertFigureRow> figures = calls.call(what, () -> mapper.findFigures(accountId.value(),
                rows.stream().map(AlertRow::alertKey).toList()));
        return rows.stream().map(r -> r.toAlert(figures)).toList();
    }
}
