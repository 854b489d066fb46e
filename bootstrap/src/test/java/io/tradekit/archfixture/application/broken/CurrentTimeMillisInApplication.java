package io.tradekit.archfixture.application.broken;

/** Breaks: a use case reads System.currentTimeMillis(). */
public class CurrentTimeMillisInApplication {
    public long stamp() {
        return System.currentTimeMillis();
    }
}
