package io.tradekit.application.testsupport;

/** Thrown by {@link CrashingStore} where the process "dies"; tests catch it and re-run. */
public final class SimulatedCrash extends RuntimeException {
    public SimulatedCrash(int step, String where) {
        super("simulated crash at step " + step + " (" + where + ")");
    }
}
