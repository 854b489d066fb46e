package io.tradekit.domain.order;

/** LIMIT carries a limit price; MARKET takes what the book offers. */
public enum OrderType {
    LIMIT, MARKET
}
