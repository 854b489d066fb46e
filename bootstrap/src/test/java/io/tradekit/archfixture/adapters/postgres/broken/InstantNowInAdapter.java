package io.tradekit.archfixture.adapters.postgres.broken;

import java.time.Instant;

/** Breaks adapters-read-no-wall-clock: a store stamping rows with the wall clock breaks backtests. */
public class InstantNowInAdapter {
    public Instant stamp() {
        return Instant.now();
    }
}
