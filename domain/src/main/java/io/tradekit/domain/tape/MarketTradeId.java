package io.tradekit.domain.tape;

import io.tradekit.domain.shared.Require;

/** The venue's id of a print; the tape is idempotent by it. */
public record MarketTradeId(String value) {
    public MarketTradeId {
        Require.id(value, "tradeId");
    }

    public static MarketTradeId of(String value) {
        return new MarketTradeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
