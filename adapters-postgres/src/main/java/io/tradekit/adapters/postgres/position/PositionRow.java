package io.tradekit.adapters.postgres.position;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.position.PositionStatus;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.TokenId;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code positions}; rebuilt into the aggregate through {@link Position#restore}. */
public record PositionRow(String accountId, String id, String conditionId, String tokenId, String eventId, String side,
        String status, BigDecimal size, BigDecimal averageEntryPrice, BigDecimal costBasis, BigDecimal currentPrice,
        BigDecimal realizedPnl, BigDecimal fees, Instant openedAt, Instant updatedAt, Instant closedAt, long version) {

    public static PositionRow of(Position p) {
        return new PositionRow(p.accountId().value(), p.id().value(), p.conditionId().value(), p.tokenId().value(),
                p.eventId().map(EventId::value).orElse(null), p.side().name(), p.status().name(), p.size().value(),
                p.averageEntryPrice().value(), p.costBasis().amount(), p.currentPrice().value(),
                p.realizedPnl().amount(), p.fees().amount(), Bounds.storable(p.openedAt(), "openedAt"),
                Bounds.storable(p.updatedAt(), "updatedAt"), Bounds.storable(p.closedAt().orElse(null), "closedAt"),
                p.version());
    }

    public Position toPosition() {
        return Position.restore(PositionId.of(id), AccountId.of(accountId), ConditionId.of(conditionId),
                TokenId.of(tokenId), eventId == null ? null : EventId.of(eventId), PositionSide.valueOf(side),
                PositionStatus.valueOf(status), Quantity.of(size), Price.of(averageEntryPrice), Money.of(costBasis),
                Price.of(currentPrice), Money.of(realizedPnl), Money.of(fees), openedAt, updatedAt, closedAt, version);
    }
}
