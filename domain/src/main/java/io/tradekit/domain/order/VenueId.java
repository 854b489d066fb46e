package io.tradekit.domain.order;

import io.tradekit.domain.shared.Require;

/** Where an order is placed (e.g. polymarket, or paper for simulated orders). */
public record VenueId(String value) {
    public VenueId {
        Require.id(value, "venue");
    }

    public static VenueId of(String value) {
        return new VenueId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
