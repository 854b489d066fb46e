-- tradekit schema, version 4 (issue 13): why a bot acted. Decisions and the orders they produced,
-- candidates awaiting approval, alerts, stored risk limits, an append-only audit trail, performance
-- snapshots. Conventions as in V1 (ids COLLATE "C" and checked, money
-- numeric(38,8), time timestamptz, enums as text with a CHECK).

-- The decision journal, idempotent by (account, decision id).
CREATE TABLE decisions (
    account_id           text COLLATE "C" NOT NULL,
    decision_id          text COLLATE "C" NOT NULL,
    strategy_id          text COLLATE "C" NOT NULL,
    decided_at           timestamptz      NOT NULL,
    condition_id         text COLLATE "C" NOT NULL,
    token_id             text COLLATE "C",
    action               text             NOT NULL,
    proposed_size        numeric(38, 8),
    proposed_price       numeric(38, 8),
    confidence           numeric(9, 8)    NOT NULL,
    reasoning            text             NOT NULL,
    -- the exact JSON text the bot gave (validated and capped by the domain): text, not jsonb, so it reads
    -- back byte for byte
    source_data          text             NOT NULL,
    trigger_condition_id text COLLATE "C",
    trigger_threshold    numeric(38, 8),
    CONSTRAINT decisions_pkey PRIMARY KEY (account_id, decision_id),
    CONSTRAINT decisions_account_id_format CHECK (account_id ~ '^[!-~]+$' AND char_length(account_id) <= 200),
    CONSTRAINT decisions_decision_id_format CHECK (decision_id ~ '^[!-~]+$' AND char_length(decision_id) <= 200),
    CONSTRAINT decisions_strategy_id_format CHECK (strategy_id ~ '^[!-~]+$' AND char_length(strategy_id) <= 200),
    CONSTRAINT decisions_condition_id_format CHECK (condition_id ~ '^[!-~]+$' AND char_length(condition_id) <= 200),
    CONSTRAINT decisions_token_id_format CHECK (token_id ~ '^[!-~]+$' AND char_length(token_id) <= 200),
    CONSTRAINT decisions_action_known CHECK (action IN ('BUY', 'SELL', 'CLOSE', 'HOLD')),
    CONSTRAINT decisions_confidence_range CHECK (confidence >= 0 AND confidence <= 1),
    CONSTRAINT decisions_source_data_capped CHECK (octet_length(source_data) <= 65536),
    CONSTRAINT decisions_trigger_whole CHECK ((trigger_condition_id IS NULL) = (trigger_threshold IS NULL))
);
-- an account's pages, newest first, and one market's
CREATE INDEX decisions_account_time ON decisions (account_id, decided_at DESC, decision_id DESC);
CREATE INDEX decisions_account_market_time ON decisions (account_id, condition_id, decided_at DESC, decision_id DESC);

-- Orders a decision produced, by client order id: an order comes from one decision.
CREATE TABLE decision_orders (
    account_id      text COLLATE "C" NOT NULL,
    client_order_id text COLLATE "C" NOT NULL,
    decision_id     text COLLATE "C" NOT NULL,
    -- the order links were made in (racing linkers of one decision need no lock to number them)
    link_seq        bigint GENERATED ALWAYS AS IDENTITY,
    CONSTRAINT decision_orders_pkey PRIMARY KEY (account_id, client_order_id),
    CONSTRAINT decision_orders_decision_fkey FOREIGN KEY (account_id, decision_id)
        REFERENCES decisions (account_id, decision_id),
    CONSTRAINT decision_orders_client_order_id_format CHECK (client_order_id ~ '^[!-~]+$' AND char_length(client_order_id) <= 200)
);

-- a decision's orders, in the order linked
CREATE INDEX decision_orders_by_decision ON decision_orders (account_id, decision_id, link_seq);

-- Candidate orders awaiting approval; the version makes each transition a compare-and-set.
CREATE TABLE candidates (
    account_id   text COLLATE "C" NOT NULL,
    candidate_id text COLLATE "C" NOT NULL,
    decision_id  text COLLATE "C",
    condition_id text COLLATE "C" NOT NULL,
    token_id     text COLLATE "C" NOT NULL,
    side         text             NOT NULL,
    quantity     numeric(38, 8)   NOT NULL,
    limit_price  numeric(38, 8)   NOT NULL,
    proposed_at  timestamptz      NOT NULL,
    expires_at   timestamptz      NOT NULL,
    status       text             NOT NULL,
    decided_by   text,
    decided_at   timestamptz,
    reason       text,
    version      bigint           NOT NULL,
    CONSTRAINT candidates_pkey PRIMARY KEY (account_id, candidate_id),
    CONSTRAINT candidates_account_id_format CHECK (account_id ~ '^[!-~]+$' AND char_length(account_id) <= 200),
    CONSTRAINT candidates_candidate_id_format CHECK (candidate_id ~ '^[!-~]+$' AND char_length(candidate_id) <= 195),
    CONSTRAINT candidates_decision_id_format CHECK (decision_id ~ '^[!-~]+$' AND char_length(decision_id) <= 200),
    CONSTRAINT candidates_condition_id_format CHECK (condition_id ~ '^[!-~]+$' AND char_length(condition_id) <= 200),
    CONSTRAINT candidates_token_id_format CHECK (token_id ~ '^[!-~]+$' AND char_length(token_id) <= 200),
    CONSTRAINT candidates_side_known CHECK (side IN ('BUY', 'SELL')),
    CONSTRAINT candidates_quantity_positive CHECK (quantity > 0),
    CONSTRAINT candidates_limit_price_not_negative CHECK (limit_price >= 0),
    CONSTRAINT candidates_expiry_after_proposal CHECK (expires_at > proposed_at),
    CONSTRAINT candidates_status_known CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'EXPIRED')),
    CONSTRAINT candidates_decision_recorded CHECK (
        (status = 'PENDING' AND decided_by IS NULL AND decided_at IS NULL AND reason IS NULL)
        OR (status <> 'PENDING' AND decided_by IS NOT NULL AND decided_at IS NOT NULL)),
    CONSTRAINT candidates_version_positive CHECK (version >= 1)
);
CREATE INDEX candidates_pending ON candidates (account_id, proposed_at, candidate_id) WHERE status = 'PENDING';
CREATE INDEX candidates_pending_expiry ON candidates (expires_at, account_id, candidate_id) WHERE status = 'PENDING';
CREATE INDEX candidates_approved ON candidates (account_id, decided_at, candidate_id) WHERE status = 'APPROVED';

-- Alerts, unique per (account, key): raising is idempotent; acknowledge/resolve are optimistic.
CREATE TABLE alerts (
    account_id      text COLLATE "C" NOT NULL,
    alert_key       text COLLATE "C" NOT NULL,
    severity        text             NOT NULL,
    source          text COLLATE "C" NOT NULL,
    message         text             NOT NULL,
    raised_at       timestamptz      NOT NULL,
    acknowledged_by text,
    acknowledged_at timestamptz,
    resolved_by     text,
    resolved_at     timestamptz,
    version         bigint           NOT NULL,
    CONSTRAINT alerts_pkey PRIMARY KEY (account_id, alert_key),
    CONSTRAINT alerts_account_id_format CHECK (account_id ~ '^[!-~]+$' AND char_length(account_id) <= 200),
    CONSTRAINT alerts_alert_key_format CHECK (alert_key ~ '^[!-~]+$' AND char_length(alert_key) <= 200),
    CONSTRAINT alerts_source_format CHECK (source ~ '^[!-~]+$' AND char_length(source) <= 200),
    CONSTRAINT alerts_severity_known CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL')),
    CONSTRAINT alerts_acknowledgement_whole CHECK ((acknowledged_by IS NULL) = (acknowledged_at IS NULL)),
    CONSTRAINT alerts_resolution_whole CHECK ((resolved_by IS NULL) = (resolved_at IS NULL)),
    CONSTRAINT alerts_version_positive CHECK (version >= 1)
);
CREATE INDEX alerts_open ON alerts (account_id, raised_at, alert_key) WHERE resolved_at IS NULL;

CREATE TABLE alert_figures (
    account_id text COLLATE "C" NOT NULL,
    alert_key  text COLLATE "C" NOT NULL,
    name       text COLLATE "C" NOT NULL,
    value      numeric(38, 8)   NOT NULL,
    CONSTRAINT alert_figures_pkey PRIMARY KEY (account_id, alert_key, name),
    CONSTRAINT alert_figures_alert_fkey FOREIGN KEY (account_id, alert_key) REFERENCES alerts (account_id, alert_key),
    CONSTRAINT alert_figures_name_format CHECK (name ~ '^[!-~]+$' AND char_length(name) <= 200)
);

-- Stored risk limits, one row per account; each limit NULL when not checked.
CREATE TABLE risk_limit_settings (
    account_id                       text COLLATE "C" NOT NULL,
    starting_capital                 numeric(38, 8),
    max_daily_loss                   numeric(38, 8),
    include_unrealized_in_daily_loss boolean          NOT NULL,
    max_capital_at_risk              numeric(38, 8),
    max_trades_per_day               bigint,
    max_open_positions               bigint,
    max_market_exposure              numeric(38, 8),
    max_event_exposure               numeric(38, 8),
    max_order_notional               numeric(38, 8),
    cooldown_after_losses            integer,
    cooldown_micros                  bigint,
    max_drawdown_percent             numeric,
    trading_day_zone                 text             NOT NULL,
    trading_day_start                time             NOT NULL,
    updated_by                       text             NOT NULL,
    updated_at                       timestamptz      NOT NULL,
    version                          bigint           NOT NULL,
    CONSTRAINT risk_limit_settings_pkey PRIMARY KEY (account_id),
    CONSTRAINT risk_limit_settings_account_id_format CHECK (account_id ~ '^[!-~]+$' AND char_length(account_id) <= 200),
    CONSTRAINT risk_limit_settings_cooldown_whole CHECK ((cooldown_after_losses IS NULL) = (cooldown_micros IS NULL)),
    CONSTRAINT risk_limit_settings_version_positive CHECK (version >= 1)
);

-- The audit trail: append-only. The ports offer no update or delete, and the store refuses them too.
CREATE TABLE audit_entries (
    seq          bigint GENERATED ALWAYS AS IDENTITY,
    account_id   text COLLATE "C" NOT NULL,
    subject      text             NOT NULL,
    subject_id   text COLLATE "C" NOT NULL,
    before_state text             NOT NULL,
    after_state  text             NOT NULL,
    changed_by   text             NOT NULL,
    changed_at   timestamptz      NOT NULL,
    CONSTRAINT audit_entries_pkey PRIMARY KEY (seq),
    CONSTRAINT audit_entries_account_id_format CHECK (account_id ~ '^[!-~]+$' AND char_length(account_id) <= 200),
    CONSTRAINT audit_entries_subject_known CHECK (subject IN ('RISK_LIMITS', 'TRADING_STATE', 'APPROVAL', 'RECONCILIATION')),
    CONSTRAINT audit_entries_subject_id_format CHECK (subject_id ~ '^[!-~]+$' AND char_length(subject_id) <= 200),
    CONSTRAINT audit_entries_changed_by_format CHECK (changed_by ~ '^[!-~]+$' AND char_length(changed_by) <= 200)
);
CREATE INDEX audit_entries_account_time ON audit_entries (account_id, changed_at, seq);

CREATE FUNCTION audit_entries_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_entries_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();

-- Performance snapshots, one per (account, time). Ratios are unconstrained numeric: they keep the digits
-- the report computed.
CREATE TABLE performance_snapshots (
    account_id            text COLLATE "C" NOT NULL,
    taken_at              timestamptz      NOT NULL,
    equity                numeric(38, 8)   NOT NULL,
    realized_pnl          numeric(38, 8)   NOT NULL,
    unrealized_pnl        numeric(38, 8)   NOT NULL,
    open_positions        bigint           NOT NULL,
    closed                bigint           NOT NULL,
    wins                  bigint           NOT NULL,
    losses                bigint           NOT NULL,
    win_rate              numeric,
    profit_factor         numeric,
    expectancy            numeric(38, 8),
    max_drawdown          numeric(38, 8),
    max_drawdown_fraction numeric,
    sharpe                numeric,
    sortino               numeric,
    cagr                  numeric,
    calmar                numeric,
    CONSTRAINT performance_snapshots_pkey PRIMARY KEY (account_id, taken_at),
    CONSTRAINT performance_snapshots_account_id_format CHECK (account_id ~ '^[!-~]+$' AND char_length(account_id) <= 200),
    CONSTRAINT performance_snapshots_counts_not_negative CHECK (open_positions >= 0 AND closed >= 0 AND wins >= 0
        AND losses >= 0 AND wins + losses <= closed)
);

-- Tape retention needs no index of its own: a batch walks market_trades_ts, and the watermarks it checks
-- (a small table: accounts x consumers x markets) are read once per batch by an anti-join.
