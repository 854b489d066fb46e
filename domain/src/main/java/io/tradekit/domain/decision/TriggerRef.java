package io.tradekit.domain.decision;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Require;

/** The trigger that prompted a decision, by its key within the decision's account: (condition, threshold). */
public record TriggerRef(ConditionId conditionId, Price threshold) {
    public TriggerRef {
        Require.nonNull(conditionId, "trigger.conditionId");
        Require.nonNull(threshold, "trigger.threshold");
    }

    public static TriggerRef of(ConditionId conditionId, Price threshold) {
        return new TriggerRef(conditionId, threshold);
    }
}
