package io.tradekit.application.tape;

/** What {@link IngestPrints} does with a print whose trade id the tape holds with other content. */
public enum ConflictPolicy {
    /** The default: the whole batch is refused ({@code ConflictingPrintsException}), nothing of it written. */
    REFUSE,
    /** The tape keeps the stored print; the new prints of the batch are written; the conflicts are reported. */
    KEEP_STORED
}
