package io.tradekit.domain.trade;

/** How much of one leg was executed. */
public enum LegStatus {
    /** the whole requested quantity */
    FILLED,
    /** part of it */
    PARTIAL,
    /** none of it */
    FAILED
}
