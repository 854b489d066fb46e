package io.tradekit.application.risk;

/**
 * Caps how many positions are open at once: an order that OPENS a position is rejected when open positions + 1
 * &gt; limit. Increasing or reversing a held position does not change the count, so it passes.
 */
public final class MaxOpenPositions implements RiskPolicy {
    public static final String LIMIT = "maxOpenPositions";

    private final long limit;

    public MaxOpenPositions(long limit) {
        this.limit = LimitValues.positive(limit, LIMIT);
    }

    @Override
    public String limit() {
        return LIMIT;
    }

    @Override
    public PolicyResult evaluate(RiskContext context) {
        if (context.effect() != OrderEffect.OPENS) {
            return PolicyResult.allowed();
        }
        long wouldBe = context.snapshot().openPositions() + 1;
        if (wouldBe <= limit) {
            return PolicyResult.allowed();
        }
        return PolicyResult.Rejected.outright(LIMIT, Long.toString(limit), Long.toString(wouldBe),
                "opening a position in " + context.order().tokenId() + " would make " + wouldBe
                        + " open positions, above the limit " + limit);
    }
}
