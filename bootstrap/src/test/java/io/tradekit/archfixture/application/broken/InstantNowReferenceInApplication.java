package io.tradekit.archfixture.application.broken;

import java.time.Instant;
import java.util.function.Supplier;

/** Breaks: a method reference to Instant::now is a wall-clock read too. */
public class InstantNowReferenceInApplication {
    public Supplier<Instant> clock() {
        return Instant::now;
    }
}
