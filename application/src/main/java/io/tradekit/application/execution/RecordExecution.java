package io.tradekit.application.execution;

import io.tradekit.application.ledger.LedgerPosting;
import io.tradekit.application.ledger.Posting;
import io.tradekit.application.alert.KitAlerts;
import io.tradekit.application.position.ConcurrentPositionUpdateException;
import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.application.position.PositionMoves;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import io.tradekit.domain.trade.TradeRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores one execution and moves the account's positions by what it filled, all in one unit of work.
 *
 * <p>Idempotent by client trade id: when the trade is already stored, the stored one is returned and
 * nothing (no trade, no position) changes. Otherwise each leg's FILLED quantity (the whole quantity of a
 * FILLED leg, the filled part of a PARTIAL one, nothing of a FAILED one) moves the account's position in
 * the leg's token through {@link PositionMoves}, the same step a fill of an order takes ({@code RecordFill}):
 * none open → opens one (BUY opens LONG, SELL opens SHORT); same direction → increases it
 * (average entry); opposite direction → reduces it, realizing P&amp;L on the reduced part, and closes it at
 * zero. Reducing past zero is an {@link IllegalTransitionException} (flip a position with two legs or two
 * executions). Each leg's fee is added to its position's fees. In the same unit of work the account's ledger
 * books what the execution realized (a partial reduce too), every leg's fee, one trade when a leg filled, and
 * the positions it closed ({@link LedgerPosting}), and a trade carrying partial-fill (single-leg) risk raises a
 * WARNING alert ({@code single-leg:<client trade id>}). Any failure rolls back the whole execution.
 *
 * <p>A concurrent writer that changed one of the positions or the account's ledger first makes this call fail
 * with {@link ConcurrentPositionUpdateException}, with nothing stored; re-running the same command is safe.
 */
public final class RecordExecution {
    private final TradeRepository trades;
    private final PositionRepository positions;
    private final LedgerPosting ledger;
    private final AlertRepository alerts;
    private final PositionMoves moves;
    private final UnitOfWork unitOfWork;

    public RecordExecution(TradeRepository trades, PositionRepository positions, LedgerPosting ledger,
            AlertRepository alerts, UnitOfWork unitOfWork) {
        this.trades = trades;
        this.positions = positions;
        this.ledger = ledger;
        this.alerts = Require.nonNull(alerts, "alerts");
        this.moves = new PositionMoves(positions);
        this.unitOfWork = unitOfWork;
    }

    public RecordExecutionResult record(RecordExecutionCommand command) {
        Trade trade = command.trade();
        try {
            return unitOfWork.inTransaction(() -> recordInUnit(trade));
        } catch (StaleVersionException e) {
            // only the ledger's save gets here: a position's conflict is translated where it happens
            throw new ConcurrentPositionUpdateException("book trade " + trade.clientTradeId() + " to the ledger of "
                    + trade.accountId(), e);
        }
    }

    private RecordExecutionResult recordInUnit(Trade trade) {
        if (!trades.insertIfAbsent(trade)) {
            Trade stored = trades.find(trade.accountId(), trade.clientTradeId()).orElseThrow(() ->
                    new IllegalStateException("trade " + trade.clientTradeId() + " reported as stored but not found"));
            return new RecordExecutionResult(stored, false, List.of());
        }
        // the latest state of every position this execution touched, so two legs in one token chain up
        Map<TokenId, Position> moved = new LinkedHashMap<>();
        Posting posting = Posting.at(trade.accountId(), trade.executedAt());
        boolean filled = false;
        List<TradeLeg> legs = trade.legs();
        for (int i = 0; i < legs.size(); i++) {
            TradeLeg leg = legs.get(i);
            posting = posting.paid(leg.fee());
            if (leg.hasFill()) {
                filled = true;
                Optional<Position> before = currentOpen(trade, leg.tokenId(), moved);
                Position after = apply(trade, i, leg, before);
                posting = posting.moved(before.orElse(null), after);
                moved.put(leg.tokenId(), after);
            }
        }
        ledger.post(filled ? posting.trade() : posting);
        if (trade.hasPartialFillRisk()) {
            alerts.raiseIfAbsent(KitAlerts.singleLegRisk(trade));
        }
        return new RecordExecutionResult(trade, true, new ArrayList<>(moved.values()));
    }

    private Optional<Position> currentOpen(Trade trade, TokenId token, Map<TokenId, Position> moved) {
        Position latest = moved.get(token);
        if (latest != null) {
            return latest.isOpen() ? Optional.of(latest) : Optional.empty();
        }
        return positions.findOpenByToken(trade.accountId(), token);
    }

    private Position apply(Trade trade, int legIndex, TradeLeg leg, Optional<Position> open) {
        return moves.apply(new PositionMoves.Move(trade.accountId(), leg.conditionId(), leg.tokenId(), trade.eventId(),
                leg.side(), leg.filledQuantity(), leg.price(), leg.fee(), trade.executedAt(),
                PositionIds.openedBy(trade, legIndex), "leg " + legIndex + " of trade " + trade.clientTradeId()), open);
    }
}
