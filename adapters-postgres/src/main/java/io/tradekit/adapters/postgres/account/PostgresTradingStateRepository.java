package io.tradekit.adapters.postgres.account;

import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import java.util.Optional;
import org.mybatis.spring.SqlSessionTemplate;

/** Trading states in PostgreSQL, one row per account that was ever halted or switched; optimistic saves. */
public final class PostgresTradingStateRepository implements TradingStateRepository {
    private final TradingStateMapper mapper;
    private final StoreCalls calls;

    public PostgresTradingStateRepository(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(TradingStateMapper.class);
        this.calls = calls;
    }

    @Override
    public Optional<TradingState> find(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        TradingStateRow row = calls.call("find the trading state of " + accountId, () -> mapper.find(accountId.value()));
        return Optional.ofNullable(row).map(TradingStateRow::toState);
    }

    @Override
    public TradingState save(TradingState state) {
        Require.nonNull(state, "state");
        TradingStateRow row = TradingStateRow.of(state);
        String what = "save the trading state of " + state.accountId();
        // version 0: never stored, so the first writer inserts and a racing second one finds the key taken
        int written = state.version() == 0
                ? calls.call(what, () -> mapper.insertFirst(row))
                : calls.call(what, () -> mapper.update(row));
        if (written == 0) {
            throw new StaleVersionException("trading state", state.accountId().value(), state.version());
        }
        return state.withVersion(state.version() + 1);
    }
}
