package io.tradekit.domain.risk;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;

/**
 * What a pre-trade check needs to know about: the account, the start of its current trading day,
 * and the market, event (nullable) and token of the proposed order.
 */
public record RiskSnapshotRequest(AccountId accountId, Instant tradingDayStart, ConditionId conditionId,
        EventId eventId, TokenId tokenId) {

    public RiskSnapshotRequest {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(tradingDayStart, "tradingDayStart");
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(tokenId, "tokenId");
    }
}
