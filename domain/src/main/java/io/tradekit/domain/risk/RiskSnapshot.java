package io.tradekit.domain.risk;

import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * The figures every risk limit is judged on, read by the store in one round trip.
 *
 * @param openPositions     open positions of the account
 * @param capitalAtRisk     sum of the cost basis of open positions (a binary token can lose all of it)
 * @param unrealizedPnl     sum of unrealized P&amp;L of open positions at their last mark
 * @param marketExposure    cost basis of open positions in the order's market (condition)
 * @param eventExposure     cost basis of open positions in the order's event (zero without an event)
 * @param heldSide          side of the open position in the order's token, null when none
 * @param heldSize          its size (zero when none)
 * @param realizedPnlToday  realized P&amp;L (before fees) of positions closed or settled since the day start
 * @param feesToday         fees of the trade legs executed since the day start
 * @param tradesToday       trades with at least one fill executed since the day start
 * @param realizedNetTotal  net realized P&amp;L (after fees) of every closed position of the account
 * @param peakRealizedNet   highest value the running sum of net realized P&amp;L ever reached, in close
 *                          order, after all closes of an instant (never halfway through the closes that share
 *                          one close time), starting from zero (so never negative)
 * @param losingStreak      closes in a row, most recent first, with a net loss
 * @param lastCloseAt       time of the most recent close, null when none
 */
public record RiskSnapshot(
        long openPositions,
        Money capitalAtRisk,
        Money unrealizedPnl,
        Money marketExposure,
        Money eventExposure,
        PositionSide heldSide,
        Quantity heldSize,
        Money realizedPnlToday,
        Money feesToday,
        long tradesToday,
        Money realizedNetTotal,
        Money peakRealizedNet,
        int losingStreak,
        Instant lastCloseAt) {

    public RiskSnapshot {
        Require.nonNull(capitalAtRisk, "capitalAtRisk");
        Require.nonNull(unrealizedPnl, "unrealizedPnl");
        Require.nonNull(marketExposure, "marketExposure");
        Require.nonNull(eventExposure, "eventExposure");
        Require.nonNull(heldSize, "heldSize");
        Require.nonNull(realizedPnlToday, "realizedPnlToday");
        Require.nonNull(feesToday, "feesToday");
        Require.nonNull(realizedNetTotal, "realizedNetTotal");
        Require.nonNull(peakRealizedNet, "peakRealizedNet");
    }

    public Optional<PositionSide> held() {
        return Optional.ofNullable(heldSide);
    }

    public Optional<Instant> lastClose() {
        return Optional.ofNullable(lastCloseAt);
    }
}
