package io.tradekit.domain.order;

/** Whether a fill added liquidity (our resting order was hit) or took it. */
public enum Liquidity {
    MAKER, TAKER
}
