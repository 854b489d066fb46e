package io.tradekit.application.account;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.shared.AccountId;

/** An account never stored is ACTIVE at version 0, so its first save is an insert. */
final class TradingStates {
    private TradingStates() {
    }

    static TradingState current(TradingStateRepository repository, AccountId accountId) {
        return repository.find(accountId).orElseGet(() -> TradingState.initial(accountId));
    }
}
