package io.tradekit.application.sizing;

import io.tradekit.application.risk.OrderEffect;
import io.tradekit.application.risk.PolicyResult;
import io.tradekit.application.risk.PreTradeRiskCheck;
import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.application.risk.RiskAssessment;
import io.tradekit.application.risk.RiskDecision;
import io.tradekit.domain.shared.Decimals;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Sizes an order by a {@link SizingRule} and never past a risk limit: the rule's size is judged by the pre-trade
 * check; when it is rejected the sizer shrinks it to the largest quantity that passes. Notional, exposure and
 * capital limits grow linearly with the size, so their headroom gives that quantity directly; a count, loss,
 * cooldown or state limit allows no entry at all, so the answer is zero with the reasons (or, for an order that
 * would reverse a position, the held size: closing it is an exit and always passes). Costs the check's two reads.
 */
public final class PositionSizer {
    private final PreTradeRiskCheck riskCheck;

    public PositionSizer(PreTradeRiskCheck riskCheck) {
        this.riskCheck = Require.nonNull(riskCheck, "riskCheck");
    }

    public SizedOrder size(SizeOrder command) {
        Require.nonNull(command, "command");
        RiskAssessment assessment = riskCheck.assess(command.scope());
        Money equity = command.givenEquity().or(assessment::equity).orElseThrow(() -> new InvalidValueException(
                "equity", "give the equity to size on, or configure the account's starting capital"));
        BigDecimal fraction = command.rule().fractionOfEquity(equity, command.price());
        Quantity requested = command.rule().quantity(equity, command.price());
        if (requested.isZero()) {
            return new SizedOrder(Quantity.ZERO, Quantity.ZERO, fraction, equity, SizedOrder.Outcome.ZERO_BY_RULE,
                    List.of(), null);
        }
        RiskDecision asRequested = assessment.evaluate(order(command, requested));
        if (asRequested.allowed()) {
            return new SizedOrder(requested, requested, fraction, equity, SizedOrder.Outcome.AS_REQUESTED, List.of(),
                    asRequested);
        }
        Optional<RiskDecision> best = largestPassing(assessment, command, asRequested);
        if (best.isEmpty()) {
            return new SizedOrder(Quantity.ZERO, requested, fraction, equity, SizedOrder.Outcome.ZERO_BY_LIMITS,
                    asRequested.breaches(), asRequested);
        }
        return new SizedOrder(best.get().order().quantity(), requested, fraction, equity,
                SizedOrder.Outcome.SHRUNK_TO_LIMITS, asRequested.breaches(), best.get());
    }

    /** Candidates: the linear headroom of the broken limits, and for a reversal the held size (an exit). */
    private static Optional<RiskDecision> largestPassing(RiskAssessment assessment, SizeOrder command,
            RiskDecision rejected) {
        Optional<RiskDecision> best = Optional.empty();
        Optional<Quantity> byHeadroom = headroomQuantity(rejected.breaches(), command);
        if (byHeadroom.isPresent() && byHeadroom.get().isPositive()) {
            best = passing(assessment, order(command, byHeadroom.get()));
        }
        if (rejected.effect() == OrderEffect.REVERSES) {
            Quantity held = assessment.snapshot().heldSize();
            if (best.isEmpty() || best.get().order().quantity().compareTo(held) < 0) {
                Optional<RiskDecision> exit = passing(assessment, order(command, held));
                if (exit.isPresent()) {
                    best = exit;
                }
            }
        }
        return best;
    }

    /** floor_8(min headroom / price), or empty when some broken limit has no headroom at all. */
    private static Optional<Quantity> headroomQuantity(List<PolicyResult.Rejected> breaches, SizeOrder command) {
        Money smallest = null;
        for (PolicyResult.Rejected breach : breaches) {
            Optional<Money> headroom = breach.notionalHeadroom();
            if (headroom.isEmpty()) {
                return Optional.empty();
            }
            smallest = smallest == null ? headroom.get() : smallest.min(headroom.get());
        }
        if (smallest == null) {
            return Optional.empty();
        }
        BigDecimal quantity = smallest.amount().divide(command.price().value(), Decimals.SCALE, RoundingMode.DOWN);
        return Optional.of(Quantity.of(quantity));
    }

    private static Optional<RiskDecision> passing(RiskAssessment assessment, ProposedOrder order) {
        RiskDecision decision = assessment.evaluate(order);
        return decision.allowed() ? Optional.of(decision) : Optional.empty();
    }

    private static ProposedOrder order(SizeOrder command, Quantity quantity) {
        return ProposedOrder.of(command.scope(), command.side(), quantity, command.price());
    }
}
