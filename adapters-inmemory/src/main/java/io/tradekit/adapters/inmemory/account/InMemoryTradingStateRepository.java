package io.tradekit.adapters.inmemory.account;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Trading state per account, saved with an atomic version check. */
public final class InMemoryTradingStateRepository implements TradingStateRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final ConcurrentHashMap<AccountId, TradingState> states = new ConcurrentHashMap<>();

    public InMemoryTradingStateRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Optional<TradingState> find(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        return Optional.ofNullable(states.get(accountId));
    }

    @Override
    public TradingState save(TradingState state) {
        Require.nonNull(state, "state");
        AccountId account = state.accountId();
        TradingState next = state.withVersion(state.version() + 1);
        return unitOfWork.write(() -> {
            TradingState[] before = new TradingState[1];
            states.compute(account, (a, stored) -> {
                long storedVersion = stored == null ? 0 : stored.version();
                if (storedVersion != state.version()) {
                    throw new StaleVersionException("trading state of account", account.value(), state.version());
                }
                before[0] = stored;
                return next;
            });
            TradingState previous = before[0];
            unitOfWork.onRollback(() -> {
                if (previous == null) {
                    states.remove(account);
                } else {
                    states.put(account, previous);
                }
            });
            return next;
        });
    }
}
