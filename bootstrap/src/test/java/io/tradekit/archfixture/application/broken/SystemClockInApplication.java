package io.tradekit.archfixture.application.broken;

import java.time.Clock;

/** Breaks: a use case builds its own system clock instead of taking one injected. */
public class SystemClockInApplication {
    public Clock clock() {
        return Clock.systemUTC();
    }
}
