package io.tradekit.application.risk;

import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;

/** What an order would do to the account's position in its token. */
public enum OrderEffect {
    /** No position in the token: the order opens one. */
    OPENS,
    /** Same side as the held position: the order adds to it. */
    INCREASES,
    /** Opposite side, at most the held size: the order cuts exposure. The only exit. */
    REDUCES,
    /** Opposite side, more than the held size: closes the position and opens the other way (an entry). */
    REVERSES;

    /** Exits pass every entry limit and every trading state. */
    public boolean isExit() {
        return this == REDUCES;
    }

    public static OrderEffect of(Side orderSide, Quantity orderQuantity, PositionSide heldSide, Quantity heldSize) {
        if (heldSide == null || !heldSize.isPositive()) {
            return OPENS;
        }
        if (orderSide == heldSide.entrySide()) {
            return INCREASES;
        }
        return orderQuantity.compareTo(heldSize) <= 0 ? REDUCES : REVERSES;
    }
}
