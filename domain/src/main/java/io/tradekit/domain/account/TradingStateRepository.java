package io.tradekit.domain.account;

import io.tradekit.domain.shared.AccountId;
import java.util.Optional;

/** Trading state per account; saves are optimistic (version). */
public interface TradingStateRepository {
    Optional<TradingState> find(AccountId accountId);

    /**
     * Stores the state read at {@code state.version()} (0 = never stored).
     *
     * @return the state at its new stored version (one more)
     * @throws io.tradekit.domain.shared.StaleVersionException when another writer saved first
     */
    TradingState save(TradingState state);
}
