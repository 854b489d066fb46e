package io.tradekit.adapters.postgres.order;

/** What the one booking statement did: orders moved (0 or 1) and fills inserted (0 or 1). */
record BookingRow(long moved, long booked) {
}
