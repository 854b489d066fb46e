package io.tradekit.domain.position;

/** OPEN until reduced to zero (CLOSED) or paid out by the market's resolution (SETTLED). */
public enum PositionStatus {
    OPEN, CLOSED, SETTLED;

    public boolean isFinal() {
        return this != OPEN;
    }
}
