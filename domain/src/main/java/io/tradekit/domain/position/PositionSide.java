package io.tradekit.domain.position;

import io.tradekit.domain.shared.Side;

/** LONG gains when the price rises; SHORT (crypto, equities) when it falls. */
public enum PositionSide {
    LONG, SHORT;

    /** The order side that opens or increases a position of this side. */
    public Side entrySide() {
        return this == LONG ? Side.BUY : Side.SELL;
    }

    public static PositionSide openedBy(Side side) {
        return side == Side.BUY ? LONG : SHORT;
    }
}
