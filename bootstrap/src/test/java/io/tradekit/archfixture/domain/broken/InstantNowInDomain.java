package io.tradekit.archfixture.domain.broken;

import java.time.Instant;

/** Breaks: the domain reads the wall clock. */
public class InstantNowInDomain {
    public Instant stamp() {
        return Instant.now();
    }
}
