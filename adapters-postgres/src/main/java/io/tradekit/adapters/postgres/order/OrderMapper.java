package io.tradekit.adapters.postgres.order;

import io.tradekit.adapters.postgres.ledger.AccountLedgerRow;
import io.tradekit.adapters.postgres.ledger.LedgerEntryRow;
import io.tradekit.adapters.postgres.position.PositionRow;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL in OrderMapper.xml: orders and their fills (one aggregate). */
interface OrderMapper {
    /** 0 when the client id or the venue order id is taken. */
    int insertIfAbsent(OrderRow row);

    /** 0 when the stored version is no longer {@code row.version()} or the venue order id is another order's. */
    int update(OrderRow row);

    /**
     * Books a fill with everything it moves in one statement: the order (at its version, unless the fill is
     * booked already), then the fill, then the position ({@code position} null: none; inserted when
     * {@code opensPosition}, else at its version), then the ledger ({@code ledger} null: none; inserted when
     * {@code ledgerIsNew}, else at its version) and its {@code entries} (null: none). Each part only when the
     * part before it was written.
     */
    BookingRow book(@Param("order") OrderRow order, @Param("fill") FillRow fill, @Param("position") PositionRow position,
            @Param("opensPosition") boolean opensPosition, @Param("ledger") AccountLedgerRow ledger,
            @Param("ledgerIsNew") boolean ledgerIsNew, @Param("entries") List<LedgerEntryRow> entries);

    OrderRow findByClientId(@Param("accountId") String accountId, @Param("clientOrderId") String clientOrderId);

    OrderRow findByVenueId(@Param("accountId") String accountId, @Param("venue") String venue,
            @Param("venueOrderId") String venueOrderId);

    FillContextRow findForFill(@Param("accountId") String accountId, @Param("clientOrderId") String clientOrderId,
            @Param("venue") String venue, @Param("venueOrderId") String venueOrderId,
            @Param("fillId") String fillId);

    List<OrderRow> findOpen(@Param("accountId") String accountId);

    List<OrderRow> findByMarket(@Param("accountId") String accountId, @Param("conditionId") String conditionId);

    List<OrderRow> findByGroup(@Param("accountId") String accountId, @Param("groupId") String groupId);

    FillRow findFill(@Param("accountId") String accountId, @Param("venue") String venue,
            @Param("fillId") String fillId);

    List<FillRow> fillsOf(@Param("accountId") String accountId, @Param("clientOrderId") String clientOrderId);

    List<FillRow> fillsBetween(@Param("accountId") String accountId, @Param("from") Instant from,
            @Param("to") Instant to);
}
