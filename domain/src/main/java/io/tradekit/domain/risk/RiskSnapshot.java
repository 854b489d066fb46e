package io.tradekit.domain.risk;

import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.ledger.LedgerDay;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The figures every risk limit is judged on, read by the store in one round trip and computed by
 * {@link #of}: the account's running figures from its {@link AccountLedger} (where their rules live), the
 * open-book figures from its open positions (bounded by what is open, never by history).
 *
 * @param openPositions     open positions of the account
 * @param capitalAtRisk     sum of the cost basis of open positions (a binary token can lose all of it)
 * @param unrealizedPnl     sum of unrealized P&amp;L of open positions at their last mark
 * @param marketExposure    cost basis of open positions in the order's market (condition)
 * @param eventExposure     cost basis of open positions in the order's event (zero without an event)
 * @param heldSide          side of the open position in the order's token, null when none
 * @param heldSize          its size (zero when none)
 * @param realizedPnlToday  P&amp;L (before fees) realized since the day start, when it was realized: a partial
 *                          reduce today counts today ({@link AccountLedger#day})
 * @param feesToday         fees paid by executions since the day start
 * @param tradesToday       executions with at least one fill since the day start
 * @param realizedNetTotal  net realized P&amp;L (after fees) of every closed position of the account
 *                          ({@link AccountLedger#realizedNetTotal})
 * @param peakRealizedNet   highest value the running sum of net realized P&amp;L ever reached, after all closes of
 *                          an instant, starting from zero ({@link AccountLedger#peakRealizedNet})
 * @param losingStreak      closes in a row, most recent first, with a net loss ({@link AccountLedger#losingStreak})
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

    /**
     * The snapshot of {@code request}'s account from its ledger (loaded with the entries since the request's
     * day start) and its open positions.
     */
    public static RiskSnapshot of(RiskSnapshotRequest request, AccountLedger ledger, Iterable<Position> openPositions) {
        Require.nonNull(request, "request");
        Require.nonNull(ledger, "ledger");
        Require.nonNull(openPositions, "openPositions");
        if (!ledger.accountId().equals(request.accountId())) {
            throw new InvalidValueException("ledger", "is the ledger of " + ledger.accountId() + ", not of "
                    + request.accountId());
        }
        long count = 0;
        // summed as plain decimals (every addend has the kit's scale) and made Money once: a check reads every
        // open position, and a Money per addition is most of its cost
        BigDecimal capital = BigDecimal.ZERO;
        BigDecimal unrealized = BigDecimal.ZERO;
        BigDecimal market = BigDecimal.ZERO;
        BigDecimal event = BigDecimal.ZERO;
        PositionSide heldSide = null;
        Quantity heldSize = Quantity.ZERO;
        for (Position p : openPositions) {
            if (!p.isOpen() || !p.accountId().equals(request.accountId())) {
                throw new InvalidValueException("openPositions", "holds " + p + ", not an open position of "
                        + request.accountId());
            }
            count++;
            BigDecimal cost = p.costBasis().amount();
            capital = capital.add(cost);
            unrealized = unrealized.add(p.unrealizedPnl().amount());
            if (p.conditionId().equals(request.conditionId())) {
                market = market.add(cost);
            }
            if (request.eventId() != null && p.eventId().map(request.eventId()::equals).orElse(false)) {
                event = event.add(cost);
            }
            if (p.tokenId().equals(request.tokenId())) {
                heldSide = p.side();
                heldSize = p.size();
            }
        }
        LedgerDay today = ledger.day(request.tradingDayStart());
        return new RiskSnapshot(count, Money.of(capital), Money.of(unrealized), Money.of(market), Money.of(event),
                heldSide, heldSize, today.realizedPnl(),
                today.fees(), today.trades(), ledger.realizedNetTotal(), ledger.peakRealizedNet(),
                ledger.losingStreak(), ledger.lastCloseAt());
    }

    public Optional<PositionSide> held() {
        return Optional.ofNullable(heldSide);
    }

    public Optional<Instant> lastClose() {
        return Optional.ofNullable(lastCloseAt);
    }
}
