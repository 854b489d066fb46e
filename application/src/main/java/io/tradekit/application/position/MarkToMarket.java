package io.tradekit.application.position;

import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.shared.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Values an account's open positions at current prices (nothing is realized), all-or-nothing. Tokens
 * without an open position are ignored; a position already at the given price is left as it is (no
 * write, so re-sending the same prices changes nothing).
 */
public final class MarkToMarket {
    private final PositionRepository positions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public MarkToMarket(PositionRepository positions, UnitOfWork unitOfWork, Clock clock) {
        this.positions = positions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * @return the positions whose mark changed, at their stored versions, in position id order
     * @throws ConcurrentPositionUpdateException when a position changed under us; nothing was stored
     */
    public List<Position> mark(MarkToMarketCommand command) {
        if (command.prices().isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        try {
            return unitOfWork.inTransaction(() -> {
                List<Position> open = new ArrayList<>(positions.findOpenByAccount(command.accountId()));
                open.sort(Comparator.comparing(p -> p.id().value()));
                List<Position> marked = new ArrayList<>();
                for (Position position : open) {
                    Price price = command.prices().get(position.tokenId());
                    if (price != null && !price.equals(position.currentPrice())) {
                        marked.add(positions.update(position.markToMarket(price, now)));
                    }
                }
                return marked;
            });
        } catch (StaleVersionException e) {
            throw new ConcurrentPositionUpdateException("mark the positions of " + command.accountId(), e);
        }
    }
}
