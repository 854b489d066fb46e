-- Orders and their fills (issue 12). Constraints mirror the rules of domain.order.Order and Fill, so a row
-- the domain would refuse cannot be stored by any writer; ids are byte-ordered printable ASCII like V1's.

CREATE TABLE orders (
    account_id          text COLLATE "C" NOT NULL,
    client_order_id     text COLLATE "C" NOT NULL,
    venue               text COLLATE "C" NOT NULL,
    venue_order_id      text COLLATE "C",
    condition_id        text COLLATE "C" NOT NULL,
    token_id            text COLLATE "C" NOT NULL,
    event_id            text COLLATE "C",
    group_id            text COLLATE "C",
    side                text             NOT NULL,
    order_type          text             NOT NULL,
    limit_price         numeric(38, 8),
    quantity            numeric(38, 8)   NOT NULL,
    time_in_force       text             NOT NULL,
    mode                text             NOT NULL,
    external            boolean          NOT NULL,
    status              text             NOT NULL,
    filled_quantity     numeric(38, 8)   NOT NULL,
    filled_notional     numeric(38, 8)   NOT NULL,
    fees                numeric(38, 8)   NOT NULL,
    reason              text,
    new_at              timestamptz      NOT NULL,
    submitted_at        timestamptz,
    acknowledged_at     timestamptz,
    partially_filled_at timestamptz,
    filled_at           timestamptz,
    cancel_requested_at timestamptz,
    cancelled_at        timestamptz,
    rejected_at         timestamptz,
    expired_at          timestamptz,
    updated_at          timestamptz      NOT NULL,
    version             bigint           NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (account_id, client_order_id),
    -- the venue order id is set once and unique per (account, venue); several NULLs (not yet acknowledged) are fine
    CONSTRAINT orders_venue_order_key UNIQUE (account_id, venue, venue_order_id),
    CONSTRAINT orders_account_id_format CHECK (account_id ~ '^[!-~]+$' AND char_length(account_id) <= 200),
    CONSTRAINT orders_client_order_id_format CHECK (client_order_id ~ '^[!-~]+$' AND char_length(client_order_id) <= 200),
    CONSTRAINT orders_venue_format CHECK (venue ~ '^[!-~]+$' AND char_length(venue) <= 200),
    CONSTRAINT orders_venue_order_id_format CHECK (venue_order_id ~ '^[!-~]+$' AND char_length(venue_order_id) <= 200),
    CONSTRAINT orders_condition_id_format CHECK (condition_id ~ '^[!-~]+$' AND char_length(condition_id) <= 200),
    CONSTRAINT orders_token_id_format CHECK (token_id ~ '^[!-~]+$' AND char_length(token_id) <= 200),
    CONSTRAINT orders_event_id_format CHECK (event_id ~ '^[!-~]+$' AND char_length(event_id) <= 200),
    CONSTRAINT orders_group_id_format CHECK (group_id ~ '^[!-~]+$' AND char_length(group_id) <= 200),
    CONSTRAINT orders_side_known CHECK (side IN ('BUY', 'SELL')),
    CONSTRAINT orders_type_known CHECK (order_type IN ('LIMIT', 'MARKET')),
    CONSTRAINT orders_time_in_force_known CHECK (time_in_force IN ('GTC', 'GTD', 'FOK', 'IOC')),
    CONSTRAINT orders_mode_known CHECK (mode IN ('PAPER', 'LIVE')),
    CONSTRAINT orders_status_known CHECK (status IN ('NEW', 'SUBMITTED', 'ACKNOWLEDGED', 'PARTIALLY_FILLED',
        'FILLED', 'CANCEL_REQUESTED', 'CANCELLED', 'REJECTED', 'EXPIRED')),
    CONSTRAINT orders_limit_price_by_type CHECK (
        (order_type <> 'LIMIT' OR (limit_price IS NOT NULL AND limit_price >= 0))
        AND (order_type <> 'MARKET' OR limit_price IS NULL)),
    CONSTRAINT orders_quantity_positive CHECK (quantity > 0),
    CONSTRAINT orders_filled_within_quantity CHECK (filled_quantity >= 0 AND filled_quantity <= quantity),
    CONSTRAINT orders_filled_notional_not_negative CHECK (filled_notional >= 0
        AND (filled_quantity > 0 OR filled_notional = 0)),
    CONSTRAINT orders_fees_not_negative CHECK (fees >= 0),
    CONSTRAINT orders_version_not_negative CHECK (version >= 0),
    CONSTRAINT orders_filled_iff_full CHECK ((status = 'FILLED') = (filled_quantity = quantity)),
    CONSTRAINT orders_partial_has_fill CHECK (status <> 'PARTIALLY_FILLED' OR filled_quantity > 0),
    CONSTRAINT orders_unfilled_states CHECK (
        status NOT IN ('NEW', 'SUBMITTED', 'ACKNOWLEDGED', 'REJECTED') OR filled_quantity = 0),
    CONSTRAINT orders_acknowledged_has_venue_id CHECK (status <> 'ACKNOWLEDGED' OR venue_order_id IS NOT NULL),
    CONSTRAINT orders_reason_not_blank CHECK (reason IS NULL OR reason ~ '\S'),
    CONSTRAINT orders_status_has_its_time CHECK (
        (status <> 'SUBMITTED' OR submitted_at IS NOT NULL)
        AND (status <> 'ACKNOWLEDGED' OR acknowledged_at IS NOT NULL)
        AND (status <> 'PARTIALLY_FILLED' OR partially_filled_at IS NOT NULL)
        AND (status <> 'FILLED' OR filled_at IS NOT NULL)
        AND (status <> 'CANCEL_REQUESTED' OR cancel_requested_at IS NOT NULL)
        AND (status <> 'CANCELLED' OR cancelled_at IS NOT NULL)
        AND (status <> 'REJECTED' OR rejected_at IS NOT NULL)
        AND (status <> 'EXPIRED' OR expired_at IS NOT NULL))
);
-- findOpen: the account's open orders in (created, client id) order
CREATE INDEX orders_open ON orders (account_id, new_at, client_order_id)
    WHERE status IN ('SUBMITTED', 'ACKNOWLEDGED', 'PARTIALLY_FILLED', 'CANCEL_REQUESTED');
-- findByMarket
CREATE INDEX orders_by_market ON orders (account_id, condition_id, new_at, client_order_id);
-- findByGroup
CREATE INDEX orders_by_group ON orders (account_id, group_id, new_at, client_order_id) WHERE group_id IS NOT NULL;

CREATE TABLE fills (
    account_id      text COLLATE "C" NOT NULL,
    venue           text COLLATE "C" NOT NULL,
    fill_id         text COLLATE "C" NOT NULL,
    client_order_id text COLLATE "C" NOT NULL,
    quantity        numeric(38, 8)   NOT NULL,
    price           numeric(38, 8)   NOT NULL,
    fee             numeric(38, 8)   NOT NULL,
    liquidity       text             NOT NULL,
    filled_at       timestamptz      NOT NULL,
    after_cancel    boolean          NOT NULL,
    -- a fill is booked once per (account, venue, fill id)
    CONSTRAINT fills_pkey PRIMARY KEY (account_id, venue, fill_id),
    CONSTRAINT fills_order_fkey FOREIGN KEY (account_id, client_order_id)
        REFERENCES orders (account_id, client_order_id),
    CONSTRAINT fills_fill_id_format CHECK (fill_id ~ '^[!-~]+$' AND char_length(fill_id) <= 200),
    CONSTRAINT fills_quantity_positive CHECK (quantity > 0),
    CONSTRAINT fills_price_not_negative CHECK (price >= 0),
    CONSTRAINT fills_fee_not_negative CHECK (fee >= 0),
    CONSTRAINT fills_liquidity_known CHECK (liquidity IN ('MAKER', 'TAKER'))
);
-- fillsOf: the fills of one order in (filled at, fill id) order
CREATE INDEX fills_of_order ON fills (account_id, client_order_id, filled_at, fill_id);
-- fillsBetween: the account's fills in a time range
CREATE INDEX fills_by_time ON fills (account_id, filled_at, venue, fill_id);
