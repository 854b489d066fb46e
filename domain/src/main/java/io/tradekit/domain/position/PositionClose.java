package io.tradekit.domain.position;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;

/** One closed or settled position as analytics sees it: when it ended and what it earned after fees. */
public record PositionClose(PositionId positionId, ConditionId conditionId, TokenId tokenId, Instant closedAt,
        Money realizedPnl, Money fees) {

    public PositionClose {
        Require.nonNull(positionId, "positionId");
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(tokenId, "tokenId");
        Require.nonNull(closedAt, "closedAt");
        Require.nonNull(realizedPnl, "realizedPnl");
        Require.nonNull(fees, "fees");
    }

    public Money netPnl() {
        return realizedPnl.minus(fees);
    }
}
