package io.tradekit.domain.order;

/** PAPER orders are filled by the kit's simulator against the tape; LIVE ones by a venue. Same tables. */
public enum OrderMode {
    PAPER, LIVE
}
