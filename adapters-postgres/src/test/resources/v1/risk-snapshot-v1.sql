-- The risk snapshot statement of schema version 1 (RiskSnapshotMapper.xml before the account ledger), kept
-- verbatim (parameters as :name) so LedgerMigrationTest can record what a V1 database answered before V2.
WITH open_book AS (
    SELECT count(*)                                                        AS open_positions,
           coalesce(sum(cost_basis), 0)                                    AS capital_at_risk,
           coalesce(sum(CASE side
                            WHEN 'LONG' THEN half_even_8(current_price * size) - cost_basis
                            ELSE cost_basis - half_even_8(current_price * size)
                        END), 0)                                           AS unrealized_pnl,
           coalesce(sum(cost_basis) FILTER (WHERE condition_id = :conditionId), 0) AS market_exposure,
           coalesce(sum(cost_basis) FILTER (WHERE event_id = :eventId), 0) AS event_exposure,
           max(side) FILTER (WHERE token_id = :tokenId)                  AS held_side,
           coalesce(max(size) FILTER (WHERE token_id = :tokenId), 0)     AS held_size
    FROM positions
    WHERE account_id = :accountId AND status = 'OPEN'
),
closes AS (
    SELECT closed_at, id, realized_pnl, realized_pnl - fees AS net,
           sum(realized_pnl - fees) OVER (ORDER BY closed_at RANGE UNBOUNDED PRECEDING) AS running_net
    FROM positions
    WHERE account_id = :accountId AND status <> 'OPEN'
),
close_figures AS (
    SELECT coalesce(sum(realized_pnl) FILTER (WHERE closed_at >= :dayStart), 0) AS realized_pnl_today,
           coalesce(sum(net), 0)                                    AS realized_net_total,
           greatest(coalesce(max(running_net), 0), 0)               AS peak_realized_net,
           max(closed_at)                                           AS last_close_at
    FROM closes
),
last_non_losing AS (
    SELECT closed_at, id
    FROM closes
    WHERE net >= 0
    ORDER BY closed_at DESC, id DESC
    LIMIT 1
),
streak AS (
    SELECT count(*) AS losing_streak
    FROM closes c
    WHERE NOT EXISTS (SELECT 1 FROM last_non_losing)
       OR (c.closed_at, c.id) > (SELECT closed_at, id FROM last_non_losing)
),
todays_trades AS (
    SELECT coalesce(sum(l.fee), 0)                                                    AS fees_today,
           count(DISTINCT l.client_trade_id) FILTER (WHERE l.filled_quantity > 0) AS trades_today
    FROM trades t
    JOIN trade_legs l ON l.account_id = t.account_id AND l.client_trade_id = t.client_trade_id
    WHERE t.account_id = :accountId AND t.executed_at >= :dayStart
)
SELECT o.open_positions, o.capital_at_risk, o.unrealized_pnl, o.market_exposure, o.event_exposure,
       o.held_side, o.held_size,
       f.realized_pnl_today, d.fees_today, d.trades_today,
       f.realized_net_total, f.peak_realized_net, s.losing_streak, f.last_close_at
FROM open_book o, close_figures f, streak s, todays_trades d
