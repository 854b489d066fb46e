package io.tradekit.adapters.postgres.position;

import io.tradekit.domain.position.PositionClose;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.TokenId;
import java.math.BigDecimal;
import java.time.Instant;

/** A closed or settled position as analytics reads it. */
record CloseRow(String id, String conditionId, String tokenId, Instant closedAt, BigDecimal realizedPnl,
        BigDecimal fees) {

    PositionClose toClose() {
        return new PositionClose(PositionId.of(id), ConditionId.of(conditionId), TokenId.of(tokenId), closedAt,
                Money.of(realizedPnl), Money.of(fees));
    }
}
