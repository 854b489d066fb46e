package io.tradekit.adapters.postgres.risk;

import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Quantity;
import java.math.BigDecimal;
import java.time.Instant;

/** The one row the snapshot statement returns. */
record RiskSnapshotRow(long openPositions, BigDecimal capitalAtRisk, BigDecimal unrealizedPnl,
        BigDecimal marketExposure, BigDecimal eventExposure, String heldSide, BigDecimal heldSize,
        BigDecimal realizedPnlToday, BigDecimal feesToday, long tradesToday, BigDecimal realizedNetTotal,
        BigDecimal peakRealizedNet, int losingStreak, Instant lastCloseAt) {

    RiskSnapshot toSnapshot() {
        return new RiskSnapshot(openPositions, Money.of(capitalAtRisk), Money.of(unrealizedPnl),
                Money.of(marketExposure), Money.of(eventExposure),
                heldSide == null ? null : PositionSide.valueOf(heldSide), Quantity.of(heldSize),
                Money.of(realizedPnlToday), Money.of(feesToday), tradesToday, Money.of(realizedNetTotal),
                Money.of(peakRealizedNet), losingStreak, lastCloseAt);
    }
}
