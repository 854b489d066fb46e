package io.tradekit.application.risk;

import io.tradekit.domain.shared.Money;

/**
 * The shape of the limits on money an entry adds to: the figure after the order (what is held + the order's
 * notional) may reach the ceiling but not pass it. A rejection carries the headroom (ceiling - held), the
 * largest notional this limit alone still allows. A subclass says only what is its own: its name, the figure
 * and, when it does, which orders it judges.
 */
abstract class NotionalCeiling implements RiskPolicy {
    private final String name;
    private final Money ceiling;

    NotionalCeiling(String name, Money ceiling) {
        this.name = name;
        this.ceiling = LimitValues.positive(ceiling, name);
    }

    /** The figure before the order. */
    abstract Money held(RiskContext context);

    /** The figure as a rejection names it, e.g. "capital at risk". */
    abstract String figure(RiskContext context);

    /** Whether this limit judges the order at all; the others pass. */
    boolean applies(RiskContext context) {
        return true;
    }

    /** The rejection's sentence. */
    String breach(RiskContext context, Money held, Money wouldBe) {
        return figure(context) + " would be " + wouldBe + " (open " + held + " + order " + context.orderNotional()
                + "), above the limit " + ceiling;
    }

    final Money ceiling() {
        return ceiling;
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
        Money held = held(context);
        Money wouldBe = held.plus(context.orderNotional());
        if (wouldBe.compareTo(ceiling) <= 0) {
            return PolicyResult.allowed();
        }
        return PolicyResult.Rejected.withHeadroom(name, ceiling.toString(), wouldBe.toString(),
                breach(context, held, wouldBe), ceiling.minus(held));
    }
}
