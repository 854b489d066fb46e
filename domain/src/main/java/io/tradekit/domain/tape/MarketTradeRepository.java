package io.tradekit.domain.tape;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The market tape. Inserts are idempotent by venue trade id; reads come in (timestamp, trade id) order. */
public interface MarketTradeRepository {
    /** @return true when the print was new (a stored print with the same id is left as it is, conflicting or not) */
    boolean insertIfAbsent(MarketTrade trade);

    /**
     * Ingests a batch in one go; prints already stored (or repeated within the batch) are left as they are. A print
     * whose trade id is stored (or came earlier in the batch) with other content is reported as a
     * {@link PrintConflict}, not written; what to do about it is the caller's decision (the ingest use case refuses
     * the batch by default). Atomic: all of the new prints are written, or none.
     */
    IngestResult ingest(Collection<MarketTrade> trades);

    /**
     * {@link #ingest} for a caller that only counts.
     *
     * @return how many prints were new
     */
    default int insertAllIfAbsent(Collection<MarketTrade> trades) {
        return ingest(trades).inserted();
    }

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

    /**
     * The prints of {@code window} (timestamp in [from, to), its markets or all), in (timestamp, trade id) order
     * across markets: the stored tape as a backtest replays it. Lazy, with memory bounded whatever the window's size
     * (PostgreSQL reads through a server-side cursor on a connection of its own, never the caller's unit of work), so
     * the stream holds resources until it is closed: use it in try-with-resources. A failure while reading surfaces
     * from the stream's terminal operation as the store's usual exceptions.
     *
     * <p>The default pages through {@link #findConditionsTradedSince} and {@link #findAfter} and merges the markets
     * (one page per market in memory), so an adapter written before this method still passes the contract; the
     * in-memory store uses it (its {@code findAfter} is a binary search), PostgreSQL reads the window in one query.
     */
    default Stream<MarketTrade> streamWindow(TapeWindow window) {
        io.tradekit.domain.shared.Require.nonNull(window, "window");
        return PagedTapeWindow.stream(this, window);
    }
}
