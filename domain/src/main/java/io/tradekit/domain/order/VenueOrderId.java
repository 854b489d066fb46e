package io.tradekit.domain.order;

import io.tradekit.domain.shared.Require;

/** The venue's id of an order, known once the venue acknowledged it; unique per (account, venue). */
public record VenueOrderId(String value) {
    public VenueOrderId {
        Require.id(value, "venueOrderId");
    }

    public static VenueOrderId of(String value) {
        return new VenueOrderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
