package io.tradekit.domain.shared;

import java.util.Locale;

/** Which way an order or print went: BUY takes the ask, SELL hits the bid. */
public enum Side {
    BUY, SELL;

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    /** Parses BUY or SELL (any case); anything else is an error naming the field. */
    public static Side parse(String text, String field) {
        Require.nonNull(text, field);
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "BUY" -> BUY;
            case "SELL" -> SELL;
            default -> throw new InvalidValueException(field, "unknown side '" + text + "', expected BUY or SELL");
        };
    }
}
