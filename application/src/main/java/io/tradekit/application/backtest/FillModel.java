package io.tradekit.application.backtest;

import io.tradekit.application.risk.ProposedOrder;

/**
 * How a backtest fills an order the strategy sends (at the order's price, usually the print it reacts to). Small on
 * purpose, so that a richer simulator (order book, partial fills) can stand behind it later.
 */
public interface FillModel {

    /** The fill of {@code order}, or null when nothing fills. */
    Fill fill(ProposedOrder order);
}
