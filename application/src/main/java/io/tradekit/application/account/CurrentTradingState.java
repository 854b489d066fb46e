package io.tradekit.application.account;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;

/** Reads an account's trading state; an account never halted or restricted is ACTIVE. */
public final class CurrentTradingState {
    private final TradingStateRepository tradingStates;

    public CurrentTradingState(TradingStateRepository tradingStates) {
        this.tradingStates = Require.nonNull(tradingStates, "tradingStates");
    }

    public TradingState of(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        return TradingStates.current(tradingStates, accountId);
    }
}
