package io.tradekit.adapters.postgres.risk;

import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.ledger.LedgerEntry;
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
import java.util.List;

/**
 * One row of the snapshot statement: {@code part} says which of the three things loaded it carries, the other
 * columns being null: an open position (P, the columns of {@code positions}), the ledger (L, those of
 * {@code account_ledgers}) or one of the day's entries (E, those of {@code account_ledger_entries};
 * {@code realizedPnl}, {@code fees} and {@code version} are shared by name).
 */
record SnapshotPartRow(String part, String id, String conditionId, String tokenId, String eventId, String side,
        String status, BigDecimal size, BigDecimal averageEntryPrice, BigDecimal costBasis, BigDecimal currentPrice,
        BigDecimal realizedPnl, BigDecimal fees, Instant openedAt, Instant updatedAt, Instant closedAt, Long version,
        Long closes, BigDecimal realizedNetTotal, BigDecimal peakRealizedNet, BigDecimal peakBeforeLastClose,
        Integer losingStreak, Instant lastCloseAt, Long entryCount, Long seq, Instant at, Long trades) {

    static final String POSITION = "P";
    static final String LEDGER = "L";
    static final String ENTRY = "E";

    Position toPosition(AccountId account) {
        return Position.restore(PositionId.of(id), account, ConditionId.of(conditionId), TokenId.of(tokenId),
                eventId == null ? null : EventId.of(eventId), PositionSide.valueOf(side), PositionStatus.valueOf(status),
                Quantity.of(size), Price.of(averageEntryPrice), Money.of(costBasis), Price.of(currentPrice),
                Money.of(realizedPnl), Money.of(fees), openedAt, updatedAt, closedAt, version);
    }

    LedgerEntry toEntry() {
        return new LedgerEntry(seq, at, Money.of(realizedPnl), Money.of(fees), trades);
    }

    AccountLedger toLedger(AccountId account, Instant entriesSince, List<LedgerEntry> entries) {
        return AccountLedger.restore(account, closes, Money.of(realizedNetTotal), Money.of(peakRealizedNet),
                Money.of(peakBeforeLastClose), losingStreak, lastCloseAt, entryCount, version, entriesSince, entries);
    }
}
