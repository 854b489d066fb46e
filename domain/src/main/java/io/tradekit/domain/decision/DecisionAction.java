package io.tradekit.domain.decision;

/** What a bot decided: to buy, to sell, to close a position, or to do nothing (HOLD is journalled too). */
public enum DecisionAction {
    BUY, SELL, CLOSE, HOLD
}
