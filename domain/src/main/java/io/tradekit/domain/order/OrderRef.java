package io.tradekit.domain.order;

import io.tradekit.domain.shared.Require;

/** How a fill or a venue message names its order: by our client id, or by the venue's order id. */
public sealed interface OrderRef {
    record ByClientId(ClientOrderId clientOrderId) implements OrderRef {
        public ByClientId {
            Require.nonNull(clientOrderId, "clientOrderId");
        }
    }

    record ByVenueId(VenueId venue, VenueOrderId venueOrderId) implements OrderRef {
        public ByVenueId {
            Require.nonNull(venue, "venue");
            Require.nonNull(venueOrderId, "venueOrderId");
        }
    }

    static OrderRef client(ClientOrderId id) {
        return new ByClientId(id);
    }

    static OrderRef venue(VenueId venue, VenueOrderId id) {
        return new ByVenueId(venue, id);
    }
}
