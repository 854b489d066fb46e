package io.tradekit.application.position;

import io.tradekit.application.ledger.LedgerPosting;
import io.tradekit.application.ledger.Posting;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.shared.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pays out a resolved market: every OPEN position of the account in the condition settles at 1 (the
 * winning token) or 0 (any other), realizing its P&amp;L, status SETTLED — all of them or none, and the account's
 * ledger books what settling realized and closed in the same unit of work ({@link LedgerPosting}). Settling
 * again finds no open position in the condition and changes nothing.
 */
public final class SettleMarket {
    private final PositionRepository positions;
    private final LedgerPosting ledger;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SettleMarket(PositionRepository positions, LedgerPosting ledger, UnitOfWork unitOfWork, Clock clock) {
        this.positions = positions;
        this.ledger = ledger;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** @throws ConcurrentPositionUpdateException when a position changed under us; nothing was stored */
    public SettleMarketResult settle(SettleMarketCommand command) {
        Instant at = command.settledAt().orElseGet(clock::instant);
        try {
            return unitOfWork.inTransaction(() -> {
                List<Position> open = new ArrayList<>(
                        positions.findOpenByCondition(command.accountId(), command.conditionId()));
                open.sort(Comparator.comparing(p -> p.id().value()));
                List<Position> settled = new ArrayList<>();
                Money realized = Money.ZERO;
                Posting posting = Posting.at(command.accountId(), at);
                for (Position position : open) {
                    Position next = position.settle(position.tokenId().equals(command.winningTokenId()), at);
                    realized = realized.plus(next.realizedPnl().minus(position.realizedPnl()));
                    Position stored = positions.update(next);
                    settled.add(stored);
                    posting = posting.moved(position, stored);
                }
                ledger.post(posting);
                return new SettleMarketResult(settled, realized);
            });
        } catch (StaleVersionException e) {
            throw new ConcurrentPositionUpdateException("settle " + command.conditionId() + " for "
                    + command.accountId(), e);
        }
    }
}
