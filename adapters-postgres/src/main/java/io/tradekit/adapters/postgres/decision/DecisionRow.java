package io.tradekit.adapters.postgres.decision;

import io.tradekit.domain.decision.ClientDecisionId;
import io.tradekit.domain.decision.Decision;
import io.tradekit.domain.decision.DecisionAction;
import io.tradekit.domain.decision.OrderRef;
import io.tradekit.domain.decision.SourceData;
import io.tradekit.domain.decision.StrategyId;
import io.tradekit.domain.decision.TriggerRef;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.TokenId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One row of {@code decisions}, with its orders' client ids space-separated in link order (ids have no spaces). */
record DecisionRow(String accountId, String decisionId, String strategyId, Instant decidedAt, String conditionId,
        String tokenId, String action, BigDecimal proposedSize, BigDecimal proposedPrice, BigDecimal confidence,
        String reasoning, String sourceData, String triggerConditionId, BigDecimal triggerThreshold, String orderIds) {

    static DecisionRow of(Decision d) {
        return new DecisionRow(d.accountId().value(), d.decisionId().value(), d.strategyId().value(), d.decidedAt(),
                d.conditionId().value(), d.token().map(TokenId::value).orElse(null), d.action().name(),
                d.size().map(Quantity::value).orElse(null), d.price().map(Price::value).orElse(null), d.confidence(),
                d.reasoning(), d.sourceData().json(), d.triggeredBy().map(t -> t.conditionId().value()).orElse(null),
                d.triggeredBy().map(t -> t.threshold().value()).orElse(null), null);
    }

    Decision toDecision() {
        List<OrderRef> orders = orderIds == null ? List.of()
                : Arrays.stream(orderIds.split(" ")).map(OrderRef::of).toList();
        return new Decision(AccountId.of(accountId), ClientDecisionId.of(decisionId), StrategyId.of(strategyId),
                decidedAt, ConditionId.of(conditionId), tokenId == null ? null : TokenId.of(tokenId),
                DecisionAction.valueOf(action), proposedSize == null ? null : Quantity.of(proposedSize),
                proposedPrice == null ? null : Price.of(proposedPrice), confidence, reasoning, SourceData.of(sourceData),
                triggerConditionId == null ? null
                        : TriggerRef.of(ConditionId.of(triggerConditionId), Price.of(triggerThreshold)),
                orders);
    }
}
