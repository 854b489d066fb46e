package io.tradekit.adapters.postgres.tape;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/** SQL in MarketTradeMapper.xml. */
interface MarketTradeMapper {
    int insertIfAbsent(MarketTradeRow row);

    MarketTradeRow findById(@Param("tradeId") String tradeId);

    List<MarketTradeRow> findAfter(@Param("conditionId") String conditionId, @Param("afterTs") Instant afterTs,
            @Param("afterId") String afterId, @Param("limit") int limit);

    List<String> findConditionsTradedSince(@Param("since") Instant since);

    /** The prints with ts in [from, to) of {@code markets} (all when null), in (ts, trade_id) order, streamed. */
    Cursor<MarketTradeRow> streamWindow(@Param("from") Instant from, @Param("to") Instant to,
            @Param("markets") List<String> markets);

    /** The session's staging table for bulk ingest; emptied at every commit. */
    void createStaging();

    void emptyStaging();

    /** Moves the staged prints that are new into the tape; returns how many were. */
    int insertNewFromStaging();

    /** After {@link #insertNewFromStaging}: the stored prints whose content differs from the staged one. */
    List<MarketTradeRow> findStoredDifferingFromStaging();

    /** One retention batch (see {@link PostgresTapeRetention}): examines, removes, and says where it stopped. */
    RetentionRow removeBatch(@Param("olderThan") Instant olderThan, @Param("afterTs") Instant afterTs,
            @Param("afterId") String afterId, @Param("limit") int limit);
}
