package io.tradekit.domain.trigger;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.TokenId;
import java.util.List;
import java.util.Optional;

/** Triggers, with both uniqueness keys enforced atomically by the store (race-free across processes). */
public interface TriggerRepository {
    /**
     * Stores the trigger unless one exists for its (account, condition, threshold) or its
     * (account, token, threshold).
     *
     * @return true when this call created it (it was the first hit)
     */
    boolean createIfFirst(Trigger trigger);

    Optional<Trigger> findByCondition(AccountId accountId, ConditionId conditionId, Price threshold);

    Optional<Trigger> findByToken(AccountId accountId, TokenId tokenId, Price threshold);

    /** Every trigger of an account, in (fired time, condition id, threshold) order. */
    List<Trigger> findByAccount(AccountId accountId);
}
