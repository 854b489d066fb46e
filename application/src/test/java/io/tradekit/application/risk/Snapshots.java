package io.tradekit.application.risk;

import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Quantity;
import java.time.Instant;

/** Test builder for {@link RiskSnapshot}: starts from an account with no history. */
final class Snapshots {
    private long openPositions;
    private Money capitalAtRisk = Money.ZERO;
    private Money unrealizedPnl = Money.ZERO;
    private Money marketExposure = Money.ZERO;
    private Money eventExposure = Money.ZERO;
    private PositionSide heldSide;
    private Quantity heldSize = Quantity.ZERO;
    private Money realizedPnlToday = Money.ZERO;
    private Money feesToday = Money.ZERO;
    private long tradesToday;
    private Money realizedNetTotal = Money.ZERO;
    private Money peakRealizedNet = Money.ZERO;
    private int losingStreak;
    private Instant lastCloseAt;

    static Snapshots empty() {
        return new Snapshots();
    }

    Snapshots openPositions(long n) {
        openPositions = n;
        return this;
    }

    Snapshots capitalAtRisk(String v) {
        capitalAtRisk = Money.of(v);
        return this;
    }

    Snapshots unrealized(String v) {
        unrealizedPnl = Money.of(v);
        return this;
    }

    Snapshots marketExposure(String v) {
        marketExposure = Money.of(v);
        return this;
    }

    Snapshots eventExposure(String v) {
        eventExposure = Money.of(v);
        return this;
    }

    Snapshots holding(PositionSide side, String size) {
        heldSide = side;
        heldSize = Quantity.of(size);
        return this;
    }

    Snapshots realizedToday(String v) {
        realizedPnlToday = Money.of(v);
        return this;
    }

    Snapshots feesToday(String v) {
        feesToday = Money.of(v);
        return this;
    }

    Snapshots tradesToday(long n) {
        tradesToday = n;
        return this;
    }

    Snapshots realizedNetTotal(String v) {
        realizedNetTotal = Money.of(v);
        return this;
    }

    Snapshots peakRealizedNet(String v) {
        peakRealizedNet = Money.of(v);
        return this;
    }

    Snapshots losingStreak(int n, Instant lastClose) {
        losingStreak = n;
        lastCloseAt = lastClose;
        return this;
    }

    RiskSnapshot build() {
        return new RiskSnapshot(openPositions, capitalAtRisk, unrealizedPnl, marketExposure, eventExposure, heldSide,
                heldSize, realizedPnlToday, feesToday, tradesToday, realizedNetTotal, peakRealizedNet, losingStreak,
                lastCloseAt);
    }
}
