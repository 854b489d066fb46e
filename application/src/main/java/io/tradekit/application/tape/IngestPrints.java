package io.tradekit.application.tape;

import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.ConflictingPrintsException;
import io.tradekit.domain.tape.IngestResult;
import io.tradekit.domain.tape.MarketTradeRepository;

/**
 * Puts a batch of venue prints on the tape, idempotently by venue trade id: ingesting the same
 * batch again (a retry, an overlapping feed page) adds nothing. The batch is stored all-or-nothing.
 * A print whose trade id the tape holds with other content is a conflict: by default the whole batch is
 * refused with {@link ConflictingPrintsException} (nothing written); with {@link ConflictPolicy#KEEP_STORED}
 * the stored print stays, the rest is written and the result lists the conflicts.
 */
public final class IngestPrints {
    private final MarketTradeRepository marketTrades;
    private final UnitOfWork unitOfWork;

    public IngestPrints(MarketTradeRepository marketTrades, UnitOfWork unitOfWork) {
        this.marketTrades = marketTrades;
        this.unitOfWork = unitOfWork;
    }

    /** @return how many prints of the batch were new to the tape, and the conflicts the tape kept its print in */
    public IngestResult ingest(IngestPrintsCommand command) {
        if (command.prints().isEmpty()) {
            return IngestResult.NOTHING;
        }
        return unitOfWork.inTransaction(() -> {
            IngestResult result = marketTrades.ingest(command.prints());
            if (result.hasConflicts() && command.onConflict() == ConflictPolicy.REFUSE) {
                throw new ConflictingPrintsException(result.conflicts()); // rolls the batch back
            }
            return result;
        });
    }
}
