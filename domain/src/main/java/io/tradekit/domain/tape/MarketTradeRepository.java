package io.tradekit.domain.tape;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The market tape. Inserts are idempotent by venue trade id; reads come in (timestamp, trade id) order. */
public interface MarketTradeRepository {
    /** @return true when the print was new */
    boolean insertIfAbsent(MarketTrade trade);

    /**
     * Ingests a batch in one go; prints already stored (or repeated within the batch) are left as they are.
     *
     * @return how many prints were new
     */
    int insertAllIfAbsent(Collection<MarketTrade> trades);

    Optional<MarketTrade> findById(MarketTradeId tradeId);

    /**
     * Up to {@code limit} prints of one market strictly after {@code after} (from the start when
     * empty), in (timestamp, trade id) order: the page a consumer reads after its watermark.
     */
    List<MarketTrade> findAfter(ConditionId conditionId, Optional<WatermarkPosition> after, int limit);

    /**
     * The markets with at least one print at or after {@code since}: those where a fresh print can fire.
     * Each once, in condition id order.
     */
    List<ConditionId> findConditionsTradedSince(Instant since);
}
