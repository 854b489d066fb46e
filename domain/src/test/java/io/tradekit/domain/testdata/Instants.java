package io.tradekit.domain.testdata;

import java.time.Instant;

/** Fixed instants for tests (no wall clock). */
public final class Instants {
    /** 2026-03-01T12:00:00Z, the default time of the builders. */
    public static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    private Instants() {
    }

    public static Instant at(String iso) {
        return Instant.parse(iso);
    }

    public static Instant t0PlusSeconds(long seconds) {
        return T0.plusSeconds(seconds);
    }
}
