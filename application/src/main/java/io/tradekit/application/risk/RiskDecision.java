package io.tradekit.application.risk;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.shared.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The answer of a pre-trade check: the order passes when {@code breaches} is empty; otherwise it lists EVERY
 * limit the order breaks, each with its figures. The snapshot and trading state it was judged on come along, so
 * the decision can be logged or audited as it is.
 */
public record RiskDecision(
        ProposedOrder order,
        OrderEffect effect,
        LocalDate tradingDate,
        Instant tradingDayStart,
        Instant evaluatedAt,
        List<PolicyResult.Rejected> breaches,
        RiskSnapshot snapshot,
        TradingState tradingState) {

    public RiskDecision {
        Require.nonNull(order, "order");
        Require.nonNull(effect, "effect");
        Require.nonNull(tradingDate, "tradingDate");
        Require.nonNull(tradingDayStart, "tradingDayStart");
        Require.nonNull(evaluatedAt, "evaluatedAt");
        breaches = List.copyOf(Require.nonNull(breaches, "breaches"));
        Require.nonNull(snapshot, "snapshot");
        Require.nonNull(tradingState, "tradingState");
    }

    public boolean allowed() {
        return breaches.isEmpty();
    }

    public boolean rejected() {
        return !breaches.isEmpty();
    }

    /** The names of the broken limits, in check order. */
    public List<String> brokenLimits() {
        return breaches.stream().map(PolicyResult.Rejected::limit).toList();
    }

    public Optional<PolicyResult.Rejected> breach(String limit) {
        return breaches.stream().filter(b -> b.limit().equals(limit)).findFirst();
    }

    /** One line for a log: ALLOWED or REJECTED with every broken limit's message. */
    public String summary() {
        String head = order.side() + " " + order.quantity() + " " + order.tokenId() + " @ " + order.price() + " ("
                + effect + ")";
        if (allowed()) {
            return "ALLOWED " + head;
        }
        return "REJECTED " + head + ": "
                + breaches.stream().map(b -> b.limit() + ": " + b.message()).collect(Collectors.joining("; "));
    }
}
