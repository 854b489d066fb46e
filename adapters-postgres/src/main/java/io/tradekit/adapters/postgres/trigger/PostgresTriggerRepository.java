package io.tradekit.adapters.postgres.trigger;

import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.trigger.Trigger;
import io.tradekit.domain.trigger.TriggerRepository;
import java.util.List;
import java.util.Optional;
import org.mybatis.spring.SqlSessionTemplate;

/**
 * Triggers in PostgreSQL. First-hit is one {@code INSERT ... ON CONFLICT DO NOTHING} against both unique
 * keys at once: of any number of racing processes exactly one creates the trigger, with no read-then-write gap.
 */
public final class PostgresTriggerRepository implements TriggerRepository {
    private final TriggerMapper mapper;
    private final StoreCalls calls;

    public PostgresTriggerRepository(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(TriggerMapper.class);
        this.calls = calls;
    }

    @Override
    public boolean createIfFirst(Trigger trigger) {
        Require.nonNull(trigger, "trigger");
        return calls.call("create trigger " + trigger.conditionId() + "/" + trigger.tokenId() + " at "
                + trigger.threshold() + " for " + trigger.accountId(), () -> mapper.createIfFirst(TriggerRow.of(trigger))) == 1;
    }

    @Override
    public Optional<Trigger> findByCondition(AccountId accountId, ConditionId conditionId, Price threshold) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(threshold, "threshold");
        TriggerRow row = calls.call("find trigger " + conditionId + " at " + threshold + " for " + accountId,
                () -> mapper.findByCondition(accountId.value(), conditionId.value(), threshold.value()));
        return Optional.ofNullable(row).map(TriggerRow::toTrigger);
    }

    @Override
    public Optional<Trigger> findByToken(AccountId accountId, TokenId tokenId, Price threshold) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(tokenId, "tokenId");
        Require.nonNull(threshold, "threshold");
        TriggerRow row = calls.call("find trigger " + tokenId + " at " + threshold + " for " + accountId,
                () -> mapper.findByToken(accountId.value(), tokenId.value(), threshold.value()));
        return Optional.ofNullable(row).map(TriggerRow::toTrigger);
    }

    @Override
    public List<Trigger> findByAccount(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        return calls.call("find the triggers of " + accountId, () -> mapper.findByAccount(accountId.value()))
                .stream().map(TriggerRow::toTrigger).toList();
    }
}
