package io.tradekit.adapters.inmemory.risk;

import io.tradekit.adapters.inmemory.position.CloseTotals;
import io.tradekit.adapters.inmemory.position.InMemoryPositionRepository;
import io.tradekit.adapters.inmemory.trade.InMemoryTradeRepository;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.risk.RiskSnapshotRequest;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;

/**
 * The risk figures from the stores' indexes: the account's open positions (few), its closes since the day
 * start and its trades since the day start (tail views), and the running close totals. Nothing walks the
 * account's whole history.
 */
public final class InMemoryRiskSnapshotQuery implements RiskSnapshotQuery {
    private final InMemoryPositionRepository positions;
    private final InMemoryTradeRepository trades;

    public InMemoryRiskSnapshotQuery(InMemoryPositionRepository positions, InMemoryTradeRepository trades) {
        this.positions = Require.nonNull(positions, "positions");
        this.trades = Require.nonNull(trades, "trades");
    }

    private record OpenFigures(long count, Money capitalAtRisk, Money unrealized, Money market, Money event,
            PositionSide heldSide, Quantity heldSize) {
    }

    @Override
    public RiskSnapshot snapshot(RiskSnapshotRequest request) {
        Require.nonNull(request, "request");
        OpenFigures open = positions.readOpen(request.accountId(), all -> {
            long count = 0;
            Money capital = Money.ZERO;
            Money unrealized = Money.ZERO;
            Money market = Money.ZERO;
            Money event = Money.ZERO;
            PositionSide heldSide = null;
            Quantity heldSize = Quantity.ZERO;
            for (Position p : all) {
                count++;
                capital = capital.plus(p.costBasis());
                unrealized = unrealized.plus(p.unrealizedPnl());
                if (p.conditionId().equals(request.conditionId())) {
                    market = market.plus(p.costBasis());
                }
                if (request.eventId() != null && p.eventId().map(request.eventId()::equals).orElse(false)) {
                    event = event.plus(p.costBasis());
                }
                if (p.tokenId().equals(request.tokenId())) {
                    heldSide = p.side();
                    heldSize = p.size();
                }
            }
            return new OpenFigures(count, capital, unrealized, market, event, heldSide, heldSize);
        });

        InMemoryTradeRepository.DayFigures today = trades.figuresSince(request.accountId(), request.tradingDayStart());
        Money realizedToday = positions.realizedClosedSince(request.accountId(), request.tradingDayStart());
        CloseTotals closes = positions.closeTotals(request.accountId());
        return new RiskSnapshot(open.count(), open.capitalAtRisk(), open.unrealized(), open.market(), open.event(),
                open.heldSide(), open.heldSize(), realizedToday, today.feesAmount(), today.tradesWithFill(), closes.netTotal(),
                closes.peakNet(), closes.losingStreak(), closes.lastCloseAt());
    }
}
