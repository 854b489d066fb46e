package io.tradekit.adapters.inmemory.alert;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.domain.alert.Alert;
import io.tradekit.domain.alert.AlertKey;
import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Alerts keyed by (account, key); raising is a putIfAbsent, a change an atomic version check. */
public final class InMemoryAlertRepository implements AlertRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final ConcurrentHashMap<AccountId, ConcurrentHashMap<AlertKey, Alert>> books = new ConcurrentHashMap<>();

    public InMemoryAlertRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public boolean raiseIfAbsent(Alert alert) {
        Require.nonNull(alert, "alert");
        if (alert.version() != 0) {
            throw new InvalidValueException("version", "a raised alert is new (version 0), got " + alert.version());
        }
        Alert stored = alert.withVersion(1);
        return unitOfWork.write(() -> {
            ConcurrentHashMap<AlertKey, Alert> book = books.computeIfAbsent(alert.accountId(), a -> new ConcurrentHashMap<>());
            if (book.putIfAbsent(alert.key(), stored) != null) {
                return false;
            }
            unitOfWork.onRollback(() -> book.remove(alert.key(), stored));
            return true;
        });
    }

    @Override
    public Optional<Alert> find(AccountId accountId, AlertKey key) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(key, "key");
        ConcurrentHashMap<AlertKey, Alert> book = books.get(accountId);
        return book == null ? Optional.empty() : Optional.ofNullable(book.get(key));
    }

    @Override
    public Alert update(Alert alert) {
        Require.nonNull(alert, "alert");
        Alert next = alert.withVersion(alert.version() + 1);
        return unitOfWork.write(() -> {
            ConcurrentHashMap<AlertKey, Alert> book = books.computeIfAbsent(alert.accountId(), a -> new ConcurrentHashMap<>());
            Alert[] before = new Alert[1];
            book.compute(alert.key(), (k, stored) -> {
                if (stored == null || stored.version() != alert.version()) {
                    throw new StaleVersionException("alert", alert.key().value(), alert.version());
                }
                before[0] = stored;
                return next;
            });
            Alert previous = before[0];
            unitOfWork.onRollback(() -> book.replace(alert.key(), next, previous));
            return next;
        });
    }

    @Override
    public List<Alert> findOpen(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        ConcurrentHashMap<AlertKey, Alert> book = books.get(accountId);
        if (book == null) {
            return List.of();
        }
        return book.values().stream().filter(Alert::isOpen)
                .sorted(Comparator.comparing(Alert::raisedAt).thenComparing(a -> a.key().value()))
                .toList();
    }
}
