package io.tradekit.application.sizing;

import io.tradekit.application.risk.PolicyResult;
import io.tradekit.application.risk.RiskDecision;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What {@link PositionSizer} recommends: {@code quantity} to send (zero = do not trade), and why.
 *
 * @param quantity         the size that passes every limit (zero when none does or the rule says no)
 * @param requested        what the rule asked for before the limits
 * @param fractionOfEquity the rule's stake as a fraction of equity
 * @param equity           the equity the rule was applied to
 * @param outcome          how the limits changed the size
 * @param limitedBy        the limits the requested size broke (empty when it passed or was zero)
 * @param decision         the risk decision on {@code quantity} when positive, else on the requested size; null
 *                         when the rule gave zero and nothing was judged
 */
public record SizedOrder(
        Quantity quantity,
        Quantity requested,
        BigDecimal fractionOfEquity,
        Money equity,
        Outcome outcome,
        List<PolicyResult.Rejected> limitedBy,
        RiskDecision decision) {

    public enum Outcome {
        /** The rule's size passed every limit. */
        AS_REQUESTED,
        /** The rule's size broke a limit; the quantity is the largest that passes. */
        SHRUNK_TO_LIMITS,
        /** The rule stakes nothing (no edge, no equity, or a size that rounds to zero). */
        ZERO_BY_RULE,
        /** No positive size passes the limits; {@code limitedBy} says which. */
        ZERO_BY_LIMITS
    }

    public SizedOrder {
        Require.nonNull(quantity, "quantity");
        Require.nonNull(requested, "requested");
        Require.nonNull(fractionOfEquity, "fractionOfEquity");
        Require.nonNull(equity, "equity");
        Require.nonNull(outcome, "outcome");
        limitedBy = List.copyOf(Require.nonNull(limitedBy, "limitedBy"));
    }

    public boolean isZero() {
        return quantity.isZero();
    }

    public Optional<RiskDecision> riskDecision() {
        return Optional.ofNullable(decision);
    }
}
