package io.tradekit.adapters.postgres.limits;

import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.limits.RiskLimitSettings;
import io.tradekit.domain.limits.RiskLimitSettingsRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import java.util.Optional;
import org.mybatis.spring.SqlSessionTemplate;

/** Stored risk limits in PostgreSQL, one row per account; optimistic saves. */
public final class PostgresRiskLimitSettingsRepository implements RiskLimitSettingsRepository {
    private final RiskLimitSettingsMapper mapper;
    private final StoreCalls calls;

    public PostgresRiskLimitSettingsRepository(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(RiskLimitSettingsMapper.class);
        this.calls = calls;
    }

    @Override
    public Optional<RiskLimitSettings> find(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        RiskLimitSettingsRow row = calls.call("find the risk limits of " + accountId,
                () -> mapper.find(accountId.value()));
        return Optional.ofNullable(row).map(RiskLimitSettingsRow::toSettings);
    }

    @Override
    public RiskLimitSettings save(RiskLimitSettings settings) {
        Require.nonNull(settings, "settings");
        RiskLimitSettingsRow row = RiskLimitSettingsRow.of(settings);
        String what = "save the risk limits of " + settings.accountId();
        int written = settings.version() == 0
                ? calls.call(what, () -> mapper.insertFirst(row))
                : calls.call(what, () -> mapper.update(row));
        if (written == 0) {
            throw new StaleVersionException("risk limits of account", settings.accountId().value(), settings.version());
        }
        return settings.withVersion(settings.version() + 1);
    }
}
