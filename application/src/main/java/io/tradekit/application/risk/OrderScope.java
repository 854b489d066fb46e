package io.tradekit.application.risk;

import io.tradekit.domain.risk.RiskSnapshotRequest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;
import java.util.Optional;

/** Where an order would trade: the account, the market (condition), its event (nullable) and the token. */
public record OrderScope(AccountId accountId, ConditionId conditionId, EventId eventId, TokenId tokenId) {

    public OrderScope {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(tokenId, "tokenId");
    }

    public Optional<EventId> event() {
        return Optional.ofNullable(eventId);
    }

    RiskSnapshotRequest snapshotRequest(Instant tradingDayStart) {
        return new RiskSnapshotRequest(accountId, tradingDayStart, conditionId, eventId, tokenId);
    }
}
