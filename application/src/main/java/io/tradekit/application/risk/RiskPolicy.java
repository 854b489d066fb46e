package io.tradekit.application.risk;

/**
 * One named limit. A policy judges an ENTRY (an order that opens, increases or reverses a position) on the
 * figures of its {@link RiskContext}; {@link PreTradeRiskCheck} never asks it about exits, which always pass.
 * Adding a limit is adding a class: implement this and register it with {@link RiskLimits.Builder#policy}.
 */
public interface RiskPolicy {
    /** The limit's name, as it appears in a rejection (e.g. {@code maxDailyLoss}). */
    String limit();

    PolicyResult evaluate(RiskContext context);
}
