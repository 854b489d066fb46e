package io.tradekit.application.tape;

/**
 * What an incoming print is to a consumer, in order of precedence: late, after its market's resolution, stale, or
 * fresh. Only a fresh print may fire a trigger.
 */
public enum PrintClass {
    /** Not after the consumer's watermark: its stream has already gone past it. */
    LATE,
    /** Its market resolved at or before the clock: nothing left to trade. */
    AFTER_RESOLUTION,
    /** Older than the maximum age at the clock (BRIEF rule 2): it never fires. */
    STALE,
    /** None of the above. */
    FRESH;

    /** Late prints are behind the watermark already; every other class moves it past the print. */
    public boolean advancesWatermark() {
        return this != LATE;
    }
}
