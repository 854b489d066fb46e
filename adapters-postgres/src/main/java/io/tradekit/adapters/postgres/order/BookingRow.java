package io.tradekit.adapters.postgres.order;

/**
 * What the one booking statement did: orders moved (0 or 1), fills inserted (0 or 1), positions inserted or
 * updated (0 or 1; 0 also when the booking has no position part), ledgers inserted or updated (likewise) and
 * ledger entries inserted.
 */
record BookingRow(long moved, long booked, long positioned, long ledgered, long entered) {
}
