package io.tradekit.domain.decision;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Decimals;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.TokenId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a bot acted (or did not): one journalled decision of a strategy, with its confidence, reasoning and the
 * data it saw, linked to the trigger that prompted it and to the orders it produced. Idempotent by
 * (account, decision id). Everything but the order links is fixed once recorded; orders are added with
 * {@link #withOrder}, each once, in the order they were linked.
 *
 * <p>BUY and SELL carry a positive size and a price; CLOSE a positive size (its price is optional: a close may go
 * at market); HOLD carries neither.
 */
public record Decision(
        AccountId accountId,
        ClientDecisionId decisionId,
        StrategyId strategyId,
        Instant decidedAt,
        ConditionId conditionId,
        TokenId tokenId,
        DecisionAction action,
        Quantity proposedSize,
        Price proposedPrice,
        BigDecimal confidence,
        String reasoning,
        SourceData sourceData,
        TriggerRef trigger,
        List<OrderRef> orders) {

    /** Reasoning is prose for a person, not a data dump (that goes in the source data). */
    public static final int MAX_REASONING_CHARS = 10_000;

    public Decision {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(decisionId, "decisionId");
        Require.nonNull(strategyId, "strategyId");
        decidedAt = Times.micros(decidedAt, "decidedAt");
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(action, "action");
        confidence = confidence(confidence);
        Require.nonNull(reasoning, "reasoning");
        if (reasoning.length() > MAX_REASONING_CHARS) {
            throw new InvalidValueException("reasoning", "longer than " + MAX_REASONING_CHARS + " characters");
        }
        Require.nonNull(sourceData, "sourceData");
        orders = List.copyOf(Require.nonNull(orders, "orders"));
        if (orders.stream().distinct().count() != orders.size()) {
            throw new InvalidValueException("orders", "an order is linked twice: " + orders);
        }
        switch (action) {
            case BUY, SELL -> {
                requireSize(proposedSize, action);
                if (proposedPrice == null) {
                    throw new InvalidValueException("proposedPrice", "a " + action + " decision proposes a price");
                }
                Require.nonNull(tokenId, "tokenId");
            }
            case CLOSE -> {
                requireSize(proposedSize, action);
                Require.nonNull(tokenId, "tokenId");
            }
            case HOLD -> {
                if (proposedSize != null || proposedPrice != null) {
                    throw new InvalidValueException("proposedSize", "a HOLD decision proposes no size and no price");
                }
                if (!orders.isEmpty()) {
                    throw new InvalidValueException("orders", "a HOLD decision produces no order");
                }
            }
        }
    }

    /** A new decision, before any order was linked to it. */
    public static Decision record(AccountId accountId, ClientDecisionId decisionId, StrategyId strategyId,
            Instant decidedAt, ConditionId conditionId, TokenId tokenId, DecisionAction action, Quantity proposedSize,
            Price proposedPrice, BigDecimal confidence, String reasoning, SourceData sourceData, TriggerRef trigger) {
        return new Decision(accountId, decisionId, strategyId, decidedAt, conditionId, tokenId, action, proposedSize,
                proposedPrice, confidence, reasoning, sourceData, trigger, List.of());
    }

    /** A HOLD: the bot looked at a market and chose to do nothing. */
    public static Decision hold(AccountId accountId, ClientDecisionId decisionId, StrategyId strategyId,
            Instant decidedAt, ConditionId conditionId, TokenId tokenId, BigDecimal confidence, String reasoning,
            SourceData sourceData, TriggerRef trigger) {
        return record(accountId, decisionId, strategyId, decidedAt, conditionId, tokenId, DecisionAction.HOLD, null,
                null, confidence, reasoning, sourceData, trigger);
    }

    public Optional<TokenId> token() {
        return Optional.ofNullable(tokenId);
    }

    public Optional<Quantity> size() {
        return Optional.ofNullable(proposedSize);
    }

    public Optional<Price> price() {
        return Optional.ofNullable(proposedPrice);
    }

    public Optional<TriggerRef> triggeredBy() {
        return Optional.ofNullable(trigger);
    }

    /** This decision with {@code order} linked; itself when the order is linked already. */
    public Decision withOrder(OrderRef order) {
        Require.nonNull(order, "order");
        if (action == DecisionAction.HOLD) {
            throw new InvalidValueException("orders", "a HOLD decision produces no order");
        }
        if (orders.contains(order)) {
            return this;
        }
        List<OrderRef> more = new ArrayList<>(orders);
        more.add(order);
        return new Decision(accountId, decisionId, strategyId, decidedAt, conditionId, tokenId, action, proposedSize,
                proposedPrice, confidence, reasoning, sourceData, trigger, more);
    }

    /** The recorded content, without the order links: what a retry of the same record must repeat. */
    public Decision withoutOrders() {
        return orders.isEmpty() ? this : new Decision(accountId, decisionId, strategyId, decidedAt, conditionId,
                tokenId, action, proposedSize, proposedPrice, confidence, reasoning, sourceData, trigger, List.of());
    }

    /** Where this decision sorts in a page: newest first, then by decision id (descending). */
    public DecisionCursor cursor() {
        return new DecisionCursor(decidedAt, decisionId);
    }

    private static void requireSize(Quantity size, DecisionAction action) {
        if (size == null || !size.isPositive()) {
            throw new InvalidValueException("proposedSize", "a " + action + " decision proposes a positive size, got "
                    + size);
        }
    }

    private static BigDecimal confidence(BigDecimal value) {
        BigDecimal exact = Decimals.exact(Require.nonNull(value, "confidence"), "confidence");
        if (exact.signum() < 0 || exact.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException("confidence", "must lie in [0, 1], got " + exact.toPlainString());
        }
        return exact;
    }
}
