package io.tradekit.application.position;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;
import java.util.Optional;

/**
 * A market resolved: {@code winningTokenId} pays 1, every other token of the condition pays 0.
 *
 * @param settledAt when the market resolved (the close time analytics sees); empty means the clock's now
 */
public record SettleMarketCommand(AccountId accountId, ConditionId conditionId, TokenId winningTokenId,
        Optional<Instant> settledAt) {

    public SettleMarketCommand {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(winningTokenId, "winningTokenId");
        Require.nonNull(settledAt, "settledAt");
        settledAt = settledAt.map(at -> Times.micros(at, "settledAt"));
    }

    /** Settles now (by the clock). */
    public static SettleMarketCommand of(AccountId accountId, ConditionId conditionId, TokenId winningTokenId) {
        return new SettleMarketCommand(accountId, conditionId, winningTokenId, Optional.empty());
    }

    /** Settles at the market's resolution time, e.g. when a backtest catches up with it. */
    public static SettleMarketCommand at(AccountId accountId, ConditionId conditionId, TokenId winningTokenId,
            Instant resolvedAt) {
        return new SettleMarketCommand(accountId, conditionId, winningTokenId,
                Optional.of(Require.nonNull(resolvedAt, "settledAt")));
    }
}
