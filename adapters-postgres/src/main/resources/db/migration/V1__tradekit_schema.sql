-- tradekit schema, version 1. Released migrations are never edited: add V2__..., V3__... instead.
--
-- Conventions
--   * ids are text limited to what the domain accepts (printable ASCII without spaces, 1..200 chars,
--     see io.tradekit.domain.shared.Require.id), with COLLATE "C" so that ORDER BY and row comparisons
--     equal Java's String.compareTo (byte order) - the watermark and tape order depend on it;
--   * money, prices and quantities are numeric(38,8): the domain's 8 decimal places, 30 integer digits;
--   * time is timestamptz (microseconds, the precision the domain truncates to);
--   * enum values are text with a CHECK listing the domain's constants.
-- Tables are unqualified: they live in the schema the connection's search_path names (the store's
-- settings choose it), so several stores can share one database.

-- Banker's rounding (HALF_EVEN) to 8 places, as io.tradekit.domain.shared.Decimals rounds: PostgreSQL's
-- round() rounds ties away from zero, which would differ from the in-memory store on exact ties.
CREATE FUNCTION half_even_8(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT CASE
               WHEN abs(x - trunc(x, 8)) = 0.000000005 AND mod(trunc(x, 8) * 100000000, 2) = 0 THEN trunc(x, 8)
               ELSE round(x, 8)
           END
$$;

-- The market tape: public prints, shared by every account (not account-scoped).
CREATE TABLE market_trades (
    trade_id     text COLLATE "C" NOT NULL,
    condition_id text COLLATE "C" NOT NULL,
    token_id     text COLLATE "C" NOT NULL,
    price        numeric(38, 8)   NOT NULL,
    size         numeric(38, 8)   NOT NULL,
    taker_side   text             NOT NULL,
    ts           timestamptz      NOT NULL,
    CONSTRAINT market_trades_pkey PRIMARY KEY (trade_id),
    CONSTRAINT market_trades_trade_id_format CHECK (trade_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT market_trades_condition_id_format CHECK (condition_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT market_trades_token_id_format CHECK (token_id ~ '^[!-~]{1,200}$'),
    -- not capped at 1: crypto and equities print above 1; binary tokens are checked by the domain
    CONSTRAINT market_trades_price_not_negative CHECK (price >= 0),
    CONSTRAINT market_trades_size_positive CHECK (size > 0),
    CONSTRAINT market_trades_taker_side_known CHECK (taker_side IN ('BUY', 'SELL'))
);
-- findAfter: one market's prints after a (ts, trade_id) watermark, in that order
CREATE INDEX market_trades_condition_ts_trade ON market_trades (condition_id, ts, trade_id);
-- findConditionsTradedSince: a range scan on ts; condition_id included for an index-only scan
CREATE INDEX market_trades_ts ON market_trades (ts) INCLUDE (condition_id);

-- Our own executions, idempotent by the client-supplied id within an account.
CREATE TABLE trades (
    account_id      text COLLATE "C" NOT NULL,
    client_trade_id text COLLATE "C" NOT NULL,
    executed_at     timestamptz      NOT NULL,
    event_id        text COLLATE "C",
    CONSTRAINT trades_pkey PRIMARY KEY (account_id, client_trade_id),
    CONSTRAINT trades_account_id_format CHECK (account_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT trades_client_trade_id_format CHECK (client_trade_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT trades_event_id_format CHECK (event_id ~ '^[!-~]{1,200}$')
);
-- the risk snapshot's fees and trade count of the current trading day
CREATE INDEX trades_account_executed ON trades (account_id, executed_at);

CREATE TABLE trade_legs (
    account_id         text COLLATE "C" NOT NULL,
    client_trade_id    text COLLATE "C" NOT NULL,
    leg_no             integer          NOT NULL,
    condition_id       text COLLATE "C" NOT NULL,
    token_id           text COLLATE "C" NOT NULL,
    side               text             NOT NULL,
    requested_quantity numeric(38, 8)   NOT NULL,
    filled_quantity    numeric(38, 8)   NOT NULL,
    price              numeric(38, 8)   NOT NULL,
    fee                numeric(38, 8)   NOT NULL,
    status             text             NOT NULL,
    -- the primary key doubles as the index that joins legs to their trade
    CONSTRAINT trade_legs_pkey PRIMARY KEY (account_id, client_trade_id, leg_no),
    CONSTRAINT trade_legs_trade_fkey FOREIGN KEY (account_id, client_trade_id)
        REFERENCES trades (account_id, client_trade_id) ON DELETE CASCADE,
    CONSTRAINT trade_legs_leg_no_not_negative CHECK (leg_no >= 0),
    CONSTRAINT trade_legs_condition_id_format CHECK (condition_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT trade_legs_token_id_format CHECK (token_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT trade_legs_side_known CHECK (side IN ('BUY', 'SELL')),
    CONSTRAINT trade_legs_requested_positive CHECK (requested_quantity > 0),
    CONSTRAINT trade_legs_filled_within_requested CHECK (filled_quantity >= 0 AND filled_quantity <= requested_quantity),
    CONSTRAINT trade_legs_price_not_negative CHECK (price >= 0),
    CONSTRAINT trade_legs_fee_not_negative CHECK (fee >= 0),
    CONSTRAINT trade_legs_status_known CHECK (status IN ('FILLED', 'PARTIAL', 'FAILED')),
    CONSTRAINT trade_legs_status_matches_fill CHECK (
        (status = 'FILLED' AND filled_quantity = requested_quantity)
        OR (status = 'PARTIAL' AND filled_quantity > 0 AND filled_quantity < requested_quantity)
        OR (status = 'FAILED' AND filled_quantity = 0))
);

-- Positions: at most one OPEN per (account, token); version for optimistic locking.
CREATE TABLE positions (
    account_id          text COLLATE "C" NOT NULL,
    id                  text COLLATE "C" NOT NULL,
    condition_id        text COLLATE "C" NOT NULL,
    token_id            text COLLATE "C" NOT NULL,
    event_id            text COLLATE "C",
    side                text             NOT NULL,
    status              text             NOT NULL,
    size                numeric(38, 8)   NOT NULL,
    average_entry_price numeric(38, 8)   NOT NULL,
    cost_basis          numeric(38, 8)   NOT NULL,
    current_price       numeric(38, 8)   NOT NULL,
    realized_pnl        numeric(38, 8)   NOT NULL,
    fees                numeric(38, 8)   NOT NULL,
    opened_at           timestamptz      NOT NULL,
    updated_at          timestamptz      NOT NULL,
    closed_at           timestamptz,
    version             bigint           NOT NULL,
    CONSTRAINT positions_pkey PRIMARY KEY (account_id, id),
    CONSTRAINT positions_account_id_format CHECK (account_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT positions_id_format CHECK (id ~ '^[!-~]{1,200}$'),
    CONSTRAINT positions_condition_id_format CHECK (condition_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT positions_token_id_format CHECK (token_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT positions_event_id_format CHECK (event_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT positions_side_known CHECK (side IN ('LONG', 'SHORT')),
    CONSTRAINT positions_status_known CHECK (status IN ('OPEN', 'CLOSED', 'SETTLED')),
    CONSTRAINT positions_size_not_negative CHECK (size >= 0),
    CONSTRAINT positions_average_entry_price_not_negative CHECK (average_entry_price >= 0),
    CONSTRAINT positions_cost_basis_not_negative CHECK (cost_basis >= 0),
    CONSTRAINT positions_current_price_not_negative CHECK (current_price >= 0),
    CONSTRAINT positions_fees_not_negative CHECK (fees >= 0),
    CONSTRAINT positions_version_not_negative CHECK (version >= 0),
    CONSTRAINT positions_open_has_size_and_no_close CHECK (
        (status = 'OPEN' AND size > 0 AND closed_at IS NULL)
        OR (status <> 'OPEN' AND size = 0 AND closed_at IS NOT NULL))
);
-- one OPEN position per (account, token); also serves findOpenByToken and findOpenByAccount
CREATE UNIQUE INDEX positions_one_open_per_token ON positions (account_id, token_id) WHERE status = 'OPEN';
-- findOpenByCondition and the risk snapshot's market exposure
CREATE INDEX positions_open_by_condition ON positions (account_id, condition_id) WHERE status = 'OPEN';
-- the risk snapshot's event exposure
CREATE INDEX positions_open_by_event ON positions (account_id, event_id) WHERE status = 'OPEN';
-- closes in (closed_at, id) order: summarizeCloses, forEachClose, the risk snapshot's peak and streak.
-- Covering (INCLUDE) so those reads are index-only scans: a closed position never changes again, so its
-- heap pages become all-visible and the hottest read (the pre-trade snapshot) never touches the table.
CREATE INDEX positions_closes ON positions (account_id, closed_at, id)
    INCLUDE (realized_pnl, fees, condition_id, token_id) WHERE status <> 'OPEN';

-- First-hit triggers, unique per (account, condition, threshold) AND per (account, token, threshold).
CREATE TABLE triggers (
    account_id      text COLLATE "C" NOT NULL,
    condition_id    text COLLATE "C" NOT NULL,
    token_id        text COLLATE "C" NOT NULL,
    threshold       numeric(38, 8)   NOT NULL,
    price           numeric(38, 8)   NOT NULL,
    market_trade_id text COLLATE "C" NOT NULL,
    printed_at      timestamptz      NOT NULL,
    fired_at        timestamptz      NOT NULL,
    -- both keys are enforced by the store, so two racing processes cannot both fire
    CONSTRAINT triggers_pkey PRIMARY KEY (account_id, condition_id, threshold),
    CONSTRAINT triggers_token_threshold_key UNIQUE (account_id, token_id, threshold),
    CONSTRAINT triggers_account_id_format CHECK (account_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT triggers_condition_id_format CHECK (condition_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT triggers_token_id_format CHECK (token_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT triggers_market_trade_id_format CHECK (market_trade_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT triggers_threshold_not_negative CHECK (threshold >= 0),
    CONSTRAINT triggers_price_reached_threshold CHECK (price >= threshold)
);

-- How far each consumer of each account has processed each stream: (position_ts, position_id).
CREATE TABLE watermarks (
    account_id  text COLLATE "C" NOT NULL,
    consumer_id text COLLATE "C" NOT NULL,
    stream_key  text COLLATE "C" NOT NULL,
    position_ts timestamptz      NOT NULL,
    position_id text COLLATE "C" NOT NULL,
    CONSTRAINT watermarks_pkey PRIMARY KEY (account_id, consumer_id, stream_key),
    CONSTRAINT watermarks_account_id_format CHECK (account_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT watermarks_consumer_id_format CHECK (consumer_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT watermarks_stream_key_format CHECK (stream_key ~ '^[!-~]{1,200}$'),
    CONSTRAINT watermarks_position_id_format CHECK (position_id ~ '^[!-~]{1,200}$')
);

-- Trading state per account (no row = ACTIVE, never changed); version for optimistic locking.
CREATE TABLE trading_states (
    account_id text COLLATE "C" NOT NULL,
    status     text             NOT NULL,
    reason     text,
    changed_by text,
    changed_at timestamptz,
    resumed_by text,
    resumed_at timestamptz,
    version    bigint           NOT NULL,
    CONSTRAINT trading_states_pkey PRIMARY KEY (account_id),
    CONSTRAINT trading_states_account_id_format CHECK (account_id ~ '^[!-~]{1,200}$'),
    CONSTRAINT trading_states_status_known CHECK (status IN ('ACTIVE', 'REDUCING', 'HALTED')),
    -- IS NOT NULL spelled out: a CHECK passes when its expression is NULL
    CONSTRAINT trading_states_change_recorded CHECK (
        status = 'ACTIVE'
        OR (reason IS NOT NULL AND reason ~ '\S' AND changed_by IS NOT NULL AND changed_by ~ '\S'
            AND changed_at IS NOT NULL)),
    CONSTRAINT trading_states_resume_recorded CHECK ((resumed_by IS NULL) = (resumed_at IS NULL)),
    -- a stored state has been saved at least once
    CONSTRAINT trading_states_version_positive CHECK (version >= 1)
);
