-- tradekit schema, version 2: the account ledger (issue 10).
--
-- The running figures a pre-trade check judges are now state, kept by io.tradekit.domain.ledger.AccountLedger
-- (where their rules are written) and stored here; stores only store, load and compare versions. This
-- migration is the ONE place SQL derives those figures, once, at upgrade, from the positions and trades a V1
-- database holds, by the very rules of AccountLedger (see docs/risk.md "The account ledger"):
--   closes, realized_net_total  every CLOSED/SETTLED position's net P&L (realized_pnl - fees)
--   peak_realized_net           highest running net total in (closed_at) order, taken after ALL closes of an
--                               instant (RANGE: peers included), from zero
--   peak_before_last_close      the same over the instants before the last close time
--   losing_streak               closes after the last non-losing one in (closed_at, id) order
--   entries                     one per close (its realized P&L at its close time: V1 kept no time for a partial
--                               reduce, so history counts it at the close) and one per trade (every leg's fee,
--                               1 when a leg filled) at its execution time; entries of nothing are left out

CREATE TABLE account_ledgers (
    account_id             text COLLATE "C" NOT NULL,
    closes                 bigint           NOT NULL,
    realized_net_total     numeric(38, 8)   NOT NULL,
    peak_realized_net      numeric(38, 8)   NOT NULL,
    peak_before_last_close numeric(38, 8)   NOT NULL,
    losing_streak          integer          NOT NULL,
    last_close_at          timestamptz,
    entry_count            bigint           NOT NULL,
    version                bigint           NOT NULL,
    CONSTRAINT account_ledgers_pkey PRIMARY KEY (account_id),
    CONSTRAINT account_ledgers_account_id_format CHECK (account_id ~ '^[!-~]+$' AND char_length(account_id) <= 200),
    CONSTRAINT account_ledgers_closes_not_negative CHECK (closes >= 0),
    CONSTRAINT account_ledgers_streak_within_closes CHECK (losing_streak >= 0 AND losing_streak <= closes),
    CONSTRAINT account_ledgers_last_close_iff_closes CHECK ((closes = 0) = (last_close_at IS NULL)),
    CONSTRAINT account_ledgers_peaks_ordered CHECK (peak_before_last_close >= 0
        AND peak_before_last_close <= peak_realized_net AND peak_realized_net >= realized_net_total),
    CONSTRAINT account_ledgers_entry_count_not_negative CHECK (entry_count >= 0),
    -- a stored ledger has been saved at least once
    CONSTRAINT account_ledgers_version_positive CHECK (version >= 1)
);

-- What each booking added to the day figures; read from a day's start (account_ledger_entries_at), so a
-- check reads one day's entries, never the account's history.
CREATE TABLE account_ledger_entries (
    account_id   text COLLATE "C" NOT NULL,
    seq          bigint           NOT NULL,
    at           timestamptz      NOT NULL,
    realized_pnl numeric(38, 8)   NOT NULL,
    fees         numeric(38, 8)   NOT NULL,
    trades       bigint           NOT NULL,
    CONSTRAINT account_ledger_entries_pkey PRIMARY KEY (account_id, seq),
    CONSTRAINT account_ledger_entries_ledger_fkey FOREIGN KEY (account_id)
        REFERENCES account_ledgers (account_id) ON DELETE CASCADE,
    CONSTRAINT account_ledger_entries_seq_positive CHECK (seq >= 1),
    CONSTRAINT account_ledger_entries_fees_not_negative CHECK (fees >= 0),
    CONSTRAINT account_ledger_entries_trades_not_negative CHECK (trades >= 0)
);
CREATE INDEX account_ledger_entries_at ON account_ledger_entries (account_id, at)
    INCLUDE (seq, realized_pnl, fees, trades);

-- Build the ledger of every account of a V1 database (see the header for the rules).
CREATE TEMPORARY TABLE v2_entries ON COMMIT DROP AS
SELECT account_id, at, kind, key, realized_pnl, fees, trades
FROM (
    SELECT account_id, closed_at AS at, 1 AS kind, id AS key, realized_pnl, 0::numeric AS fees, 0::bigint AS trades
    FROM positions
    WHERE status <> 'OPEN'
    UNION ALL
    SELECT t.account_id, t.executed_at, 0, t.client_trade_id, 0, sum(l.fee),
           CASE WHEN bool_or(l.filled_quantity > 0) THEN 1 ELSE 0 END
    FROM trades t
    JOIN trade_legs l ON l.account_id = t.account_id AND l.client_trade_id = t.client_trade_id
    GROUP BY t.account_id, t.client_trade_id, t.executed_at
) e
WHERE realized_pnl <> 0 OR fees <> 0 OR trades <> 0;

INSERT INTO account_ledgers (account_id, closes, realized_net_total, peak_realized_net, peak_before_last_close,
                             losing_streak, last_close_at, entry_count, version)
WITH closes AS (
    SELECT account_id, closed_at, id, realized_pnl - fees AS net,
           sum(realized_pnl - fees) OVER (PARTITION BY account_id ORDER BY closed_at RANGE UNBOUNDED PRECEDING)
               AS running
    FROM positions
    WHERE status <> 'OPEN'
),
last_close AS (
    SELECT account_id, max(closed_at) AS last_close_at FROM closes GROUP BY account_id
),
figures AS (
    SELECT c.account_id, count(*) AS closes, sum(c.net) AS total,
           greatest(max(c.running), 0) AS peak,
           greatest(coalesce(max(c.running) FILTER (WHERE c.closed_at < l.last_close_at), 0), 0) AS peak_before_last,
           l.last_close_at
    FROM closes c
    JOIN last_close l ON l.account_id = c.account_id
    GROUP BY c.account_id, l.last_close_at
),
last_non_losing AS (
    SELECT DISTINCT ON (account_id) account_id, closed_at, id
    FROM closes
    WHERE net >= 0
    ORDER BY account_id, closed_at DESC, id DESC
),
streaks AS (
    SELECT c.account_id, count(*) AS losing_streak
    FROM closes c
    LEFT JOIN last_non_losing n ON n.account_id = c.account_id
    WHERE n.account_id IS NULL OR (c.closed_at, c.id) > (n.closed_at, n.id)
    GROUP BY c.account_id
),
entry_counts AS (
    SELECT account_id, count(*) AS entry_count FROM v2_entries GROUP BY account_id
),
accounts AS (
    SELECT account_id FROM figures UNION SELECT account_id FROM entry_counts
)
SELECT a.account_id, coalesce(f.closes, 0), coalesce(f.total, 0), coalesce(f.peak, 0),
       coalesce(f.peak_before_last, 0), coalesce(s.losing_streak, 0), f.last_close_at,
       coalesce(e.entry_count, 0), 1
FROM accounts a
LEFT JOIN figures f ON f.account_id = a.account_id
LEFT JOIN streaks s ON s.account_id = a.account_id
LEFT JOIN entry_counts e ON e.account_id = a.account_id;

INSERT INTO account_ledger_entries (account_id, seq, at, realized_pnl, fees, trades)
SELECT account_id, row_number() OVER (PARTITION BY account_id ORDER BY at, kind, key), at, realized_pnl, fees, trades
FROM v2_entries;

-- no SQL rounds like Decimals any more: unrealized P&L is Position's, computed in Java
DROP FUNCTION half_even_8(numeric);
