package io.tradekit.adapters.inmemory.limits;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.domain.limits.RiskLimitSettings;
import io.tradekit.domain.limits.RiskLimitSettingsRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Stored risk limits per account, saved with an atomic version check. */
public final class InMemoryRiskLimitSettingsRepository implements RiskLimitSettingsRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final ConcurrentHashMap<AccountId, RiskLimitSettings> settings = new ConcurrentHashMap<>();

    public InMemoryRiskLimitSettingsRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Optional<RiskLimitSettings> find(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        return Optional.ofNullable(settings.get(accountId));
    }

    @Override
    public RiskLimitSettings save(RiskLimitSettings next) {
        Require.nonNull(next, "settings");
        AccountId account = next.accountId();
        RiskLimitSettings stored = next.withVersion(next.version() + 1);
        return unitOfWork.write(() -> {
            RiskLimitSettings[] before = new RiskLimitSettings[1];
            settings.compute(account, (a, current) -> {
                long currentVersion = current == null ? 0 : current.version();
                if (currentVersion != next.version()) {
                    throw new StaleVersionException("risk limits of account", account.value(), next.version());
                }
                before[0] = current;
                return stored;
            });
            RiskLimitSettings previous = before[0];
            unitOfWork.onRollback(() -> {
                if (previous == null) {
                    settings.remove(account, stored);
                } else {
                    settings.replace(account, stored, previous);
                }
            });
            return stored;
        });
    }
}
