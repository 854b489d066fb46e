package io.tradekit.domain.order;

/** How long an order rests: good till cancelled, good till a date, fill or kill, immediate or cancel. */
public enum TimeInForce {
    GTC, GTD, FOK, IOC
}
