package io.tradekit.domain.trade;

import io.tradekit.domain.shared.Require;

/** The id a bot gives an execution attempt; recording the same id twice changes nothing. */
public record ClientTradeId(String value) {
    public ClientTradeId {
        Require.id(value, "clientTradeId");
    }

    public static ClientTradeId of(String value) {
        return new ClientTradeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
