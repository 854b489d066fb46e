package io.tradekit.application.analytics;

import io.tradekit.domain.shared.DomainException;
import io.tradekit.domain.shared.Money;

/**
 * The store's sums and the streamed closes disagree: a close landed in the window between the two reads
 * (a window still open at the clock's time). Retry, or end the window at or before the clock.
 */
public class ClosesChangedException extends DomainException {
    public ClosesChangedException(long summarized, Money summarizedNet, long streamed, Money streamedNet) {
        super("generate a performance report: the closes in the window changed while it was computed (the store "
                + "counted " + summarized + " closes netting " + summarizedNet + ", the stream delivered " + streamed
                + " netting " + streamedNet + "); retry, or end the window at or before now");
    }
}
