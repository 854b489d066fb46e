package io.tradekit.application.risk;

import io.tradekit.domain.account.TradingState;

/**
 * HALTED blocks every entry; REDUCING passes only orders that cut exposure, i.e. exits, which never reach a
 * policy. Every check runs this policy first, whatever the configured limits.
 */
public final class TradingStatePolicy implements RiskPolicy {
    public static final String LIMIT = "tradingState";

    @Override
    public String limit() {
        return LIMIT;
    }

    @Override
    public PolicyResult evaluate(RiskContext context) {
        TradingState state = context.tradingState();
        String why = " (" + state.reason() + ", by " + state.changedBy() + " at " + state.changedAt() + ")";
        return switch (state.status()) {
            case ACTIVE -> PolicyResult.allowed();
            case HALTED -> PolicyResult.Rejected.outright(LIMIT, "HALTED", context.effect().name(),
                    "account " + state.accountId() + " is HALTED" + why + ": no new entries, exits only");
            case REDUCING -> PolicyResult.Rejected.outright(LIMIT, "REDUCING", context.effect().name(),
                    "account " + state.accountId() + " is REDUCING" + why
                            + ": only orders that cut exposure pass, this one " + context.effect());
        };
    }
}
