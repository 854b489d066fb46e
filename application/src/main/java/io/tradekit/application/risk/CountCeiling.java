package io.tradekit.application.risk;

/**
 * The shape of the limits on a count an entry adds one to: the count after the order (held + 1) may reach
 * the ceiling but not pass it. No smaller order avoids such a rejection, so it has no headroom. A subclass
 * says only what is its own: its name, the count and, when it does, which orders it judges.
 */
abstract class CountCeiling implements RiskPolicy {
    private final String name;
    private final long ceiling;

    CountCeiling(String name, long ceiling) {
        this.name = name;
        this.ceiling = LimitValues.positive(ceiling, name);
    }

    /** The count before the order. */
    abstract long held(RiskContext context);

    /** What the order would make of the count, for the rejection's sentence (", above the limit N" follows). */
    abstract String wouldMake(RiskContext context, long wouldBe);

    /** Whether this limit judges the order at all; the others pass. */
    boolean applies(RiskContext context) {
        return true;
    }

    @Override
    public final String limit() {
        return name;
    }

    @Override
    public final PolicyResult evaluate(RiskContext context) {
        if (!applies(context)) {
            return PolicyResult.allowed();
        }
        long wouldBe = held(context) + 1;
        if (wouldBe <= ceiling) {
            return PolicyResult.allowed();
        }
        return PolicyResult.Rejected.outright(name, Long.toString(ceiling), Long.toString(wouldBe),
                wouldMake(context, wouldBe) + ", above the limit " + ceiling);
    }
}
