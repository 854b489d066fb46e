package io.tradekit.application.tape;

import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.MarketTradeRepository;

/**
 * Puts a batch of venue prints on the tape, idempotently by venue trade id: ingesting the same
 * batch again (a retry, an overlapping feed page) adds nothing. The batch is stored all-or-nothing.
 */
public final class IngestPrints {
    private final MarketTradeRepository marketTrades;
    private final UnitOfWork unitOfWork;

    public IngestPrints(MarketTradeRepository marketTrades, UnitOfWork unitOfWork) {
        this.marketTrades = marketTrades;
        this.unitOfWork = unitOfWork;
    }

    /** @return how many prints of the batch were new to the tape */
    public int ingest(IngestPrintsCommand command) {
        if (command.prints().isEmpty()) {
            return 0;
        }
        return unitOfWork.inTransaction(() -> marketTrades.insertAllIfAbsent(command.prints()));
    }
}
