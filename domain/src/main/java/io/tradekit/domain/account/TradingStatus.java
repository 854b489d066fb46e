package io.tradekit.domain.account;

/** Whether an account may trade: ACTIVE, REDUCING (only orders that cut exposure) or HALTED (exits only). */
public enum TradingStatus {
    ACTIVE, REDUCING, HALTED
}
