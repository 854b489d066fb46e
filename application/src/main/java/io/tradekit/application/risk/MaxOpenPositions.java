package io.tradekit.application.risk;

/**
 * Caps how many positions are open at once: an order that OPENS a position is rejected when open positions + 1
 * &gt; limit. Increasing or reversing a held position does not change the count, so it passes.
 */
public final class MaxOpenPositions extends CountCeiling {
    public static final String LIMIT = "maxOpenPositions";

    public MaxOpenPositions(long limit) {
        super(LIMIT, limit);
    }

    @Override
    boolean applies(RiskContext context) {
        return context.effect() == OrderEffect.OPENS;
    }

    @Override
    long held(RiskContext context) {
        return context.snapshot().openPositions();
    }

    @Override
    String wouldMake(RiskContext context, long wouldBe) {
        return "opening a position in " + context.order().tokenId() + " would make " + wouldBe + " open positions";
    }
}
