package io.tradekit.archfixture.adapters.postgres;

/**
 * Clean fixture: support shared by the adapter's repositories, in the adapter's root package next to
 * its assembly. The repositories use it and the assembly uses them: that is not an aggregate cycle.
 */
public final class StoreSupport {
    private StoreSupport() {
    }

    public static String describe(String what) {
        return "postgres: " + what;
    }
}
