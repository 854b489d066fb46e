package io.tradekit.application.tape;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.trigger.Trigger;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@link ProcessTape} call did, counted over the pages it committed.
 *
 * @param marketsVisited  markets whose prints after the watermark were looked up
 * @param printsRead      prints read after the watermark (each is now behind it)
 * @param staleSkipped    of those, prints older than the max age: skipped, never fired
 * @param triggersFired   the triggers this call created, in the order it created them (first hits only)
 * @param advancedTo      per market that had new prints, the last print position this call processed
 *                        (the watermark is there or, when a concurrent consumer got further, beyond)
 */
public record ProcessTapeResult(int marketsVisited, long printsRead, long staleSkipped, List<Trigger> triggersFired,
        Map<ConditionId, WatermarkPosition> advancedTo) {

    public ProcessTapeResult {
        triggersFired = List.copyOf(triggersFired);
        advancedTo = Collections.unmodifiableMap(new LinkedHashMap<>(advancedTo));
    }

    public int triggerCount() {
        return triggersFired.size();
    }
}
