package io.tradekit.application.execution;

import io.tradekit.application.position.ConcurrentPositionUpdateException;
import io.tradekit.application.position.PositionMoves;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.shared.IllegalTransitionException;
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
 * the leg's token: none open → opens one (BUY opens LONG, SELL opens SHORT); same direction → increases it
 * (average entry); opposite direction → reduces it, realizing P&amp;L on the reduced part, and closes it at
 * zero. Reducing past zero is an {@link IllegalTransitionException} (flip a position with two legs or two
 * executions). Each leg's fee is added to its position's fees. Any failure rolls back the whole execution.
 *
 * <p>A concurrent writer that changed one of the positions first makes this call fail with
 * {@link ConcurrentPositionUpdateException}, with nothing stored; re-running the same command is safe.
 */
public final class RecordExecution {
    private final TradeRepository trades;
    private final PositionRepository positions;
    private final PositionMoves moves;
    private final UnitOfWork unitOfWork;

    public RecordExecution(TradeRepository trades, PositionRepository positions, UnitOfWork unitOfWork) {
        this.trades = trades;
        this.positions = positions;
        this.moves = new PositionMoves(positions);
        this.unitOfWork = unitOfWork;
    }

    public RecordExecutionResult record(RecordExecutionCommand command) {
        Trade trade = command.trade();
        return unitOfWork.inTransaction(() -> {
            if (!trades.insertIfAbsent(trade)) {
                Trade stored = trades.find(trade.accountId(), trade.clientTradeId()).orElseThrow(() ->
                        new IllegalStateException("trade " + trade.clientTradeId() + " reported as stored but not found"));
                return new RecordExecutionResult(stored, false, List.of());
            }
            // the latest state of every position this execution touched, so two legs in one token chain up
            Map<TokenId, Position> moved = new LinkedHashMap<>();
            List<TradeLeg> legs = trade.legs();
            for (int i = 0; i < legs.size(); i++) {
                TradeLeg leg = legs.get(i);
                if (leg.hasFill()) {
                    moved.put(leg.tokenId(), apply(trade, i, leg, currentOpen(trade, leg.tokenId(), moved)));
                }
            }
            return new RecordExecutionResult(trade, true, new ArrayList<>(moved.values()));
        });
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
