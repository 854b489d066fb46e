package io.tradekit.archfixture.application.broken;

import java.time.LocalDateTime;

/** Breaks: a use case reads LocalDateTime.now(). */
public class LocalDateTimeNowInApplication {
    public LocalDateTime now() {
        return LocalDateTime.now();
    }
}
