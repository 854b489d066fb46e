package io.tradekit.application.tape;

import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.ConflictingPrintsException;
import io.tradekit.domain.tape.IngestResult;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.tape.PrintConflict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a batch of venue prints on the tape, idempotently by venue trade id: ingesting the same
 * batch again (a retry, an overlapping feed page) adds nothing. The batch is stored all-or-nothing.
 * A print whose trade id the tape holds with other content is a conflict: by default the whole batch is
 * refused with {@link ConflictingPrintsException} (nothing written); with {@link ConflictPolicy#KEEP_STORED}
 * the stored print stays, the rest is written and the result lists the conflicts.
 */
public final class IngestPrints {
    private static final int CHUNK = 10_000;

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

    /**
     * Puts a whole tape on the store in ONE unit of work, {@value #CHUNK} prints per store call, reading it as it
     * goes (a tape too long to hold as one batch): a conflict anywhere refuses the whole tape under
     * {@link ConflictPolicy#REFUSE}, before anything is written. A trade id repeated with identical values (a print
     * received twice) is one print. The tape is read again if the unit is run again after a transient failure.
     *
     * @return how many prints were new, and (under {@link ConflictPolicy#KEEP_STORED}) the conflicts
     */
    public IngestResult ingestAll(Iterable<MarketTrade> tape, ConflictPolicy onConflict) {
        Require.nonNull(tape, "tape");
        Require.nonNull(onConflict, "onConflict");
        return unitOfWork.inTransaction(() -> {
            long inserted = 0;
            List<PrintConflict> conflicts = new ArrayList<>();
            Map<MarketTradeId, MarketTrade> chunk = new LinkedHashMap<>();
            for (MarketTrade print : tape) {
                chunk.putIfAbsent(print.tradeId(), print);
                if (chunk.size() == CHUNK) {
                    IngestResult part = ingest(IngestPrintsCommand.of(List.copyOf(chunk.values()))
                            .withConflictPolicy(onConflict));
                    inserted += part.inserted();
                    conflicts.addAll(part.conflicts());
                    chunk.clear();
                }
            }
            IngestResult last = ingest(IngestPrintsCommand.of(List.copyOf(chunk.values())).withConflictPolicy(onConflict));
            conflicts.addAll(last.conflicts());
            return new IngestResult(Math.toIntExact(inserted + last.inserted()), conflicts);
        });
    }
}
