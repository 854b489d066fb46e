package io.tradekit.application.order;

import io.tradekit.domain.shared.Require;
import java.util.List;

/** Every difference a reconciliation found between the store and the venue, and what it did about each. */
public record ReconciliationReport(List<Difference> differences) {
    public ReconciliationReport {
        differences = List.copyOf(Require.nonNull(differences, "differences"));
    }

    public enum Kind {
        /**
         * the venue lists an open order the store lacked, or reports a fill of one and describes it: stored as an
         * external order
         */
        ORDER_ADOPTED,
        /** a stored order without venue id that the venue lists under our client id: acknowledged */
        ORDER_ACKNOWLEDGED,
        /** a fill the store had missed: booked (order and position moved) */
        FILL_BOOKED,
        /** a stored open order the venue no longer lists: closed (CANCELLED, EXPIRED or REJECTED) */
        ORDER_CLOSED,
        /** a venue fill of an order the store lacks and the venue does not describe: reported, nothing written */
        FILL_OF_UNKNOWN_ORDER,
        /** the venue lists as open an order the store holds as finished: reported, nothing written */
        ORDER_OPEN_AT_VENUE_ONLY;

        /** Whether reconciliation changed the store for it (an adjustment, audited) or could only report it. */
        public boolean adjusted() {
            return this != FILL_OF_UNKNOWN_ORDER && this != ORDER_OPEN_AT_VENUE_ONLY;
        }
    }

    /** One difference: its kind, the order it concerns, and a sentence for the log. */
    public record Difference(Kind kind, String order, String detail) {
        public Difference {
            Require.nonNull(kind, "kind");
            Require.nonNull(order, "order");
            Require.nonNull(detail, "detail");
        }
    }

    public boolean inSync() {
        return differences.isEmpty();
    }

    public List<Difference> of(Kind kind) {
        return differences.stream().filter(d -> d.kind() == kind).toList();
    }
}
