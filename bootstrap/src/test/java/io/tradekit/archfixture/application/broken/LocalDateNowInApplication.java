package io.tradekit.archfixture.application.broken;

import java.time.LocalDate;

/** Breaks: a use case reads LocalDate.now(). */
public class LocalDateNowInApplication {
    public LocalDate today() {
        return LocalDate.now();
    }
}
