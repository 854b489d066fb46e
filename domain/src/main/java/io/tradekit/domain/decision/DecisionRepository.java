package io.tradekit.domain.decision;

import io.tradekit.domain.shared.AccountId;
import java.util.List;
import java.util.Optional;

/** The decision journal of every account: idempotent by (account, decision id), every read scoped to an account. */
public interface DecisionRepository {
    /**
     * Stores a decision unless its id is taken (its order links are stored too).
     *
     * @return true when new; false when the same decision was recorded before (a retry)
     * @throws io.tradekit.domain.shared.DuplicateKeyException when the id holds a decision with other content
     */
    boolean insertIfAbsent(Decision decision);

    Optional<Decision> find(AccountId accountId, ClientDecisionId decisionId);

    /**
     * Links an order to a decision, once: an order comes from one decision only.
     *
     * @return true when linked now; false when it was linked already
     * @throws io.tradekit.domain.shared.DuplicateKeyException when the order is linked to another decision
     * @throws io.tradekit.domain.shared.InvalidValueException when there is no such decision, or it is a HOLD
     */
    boolean linkOrder(AccountId accountId, ClientDecisionId decisionId, OrderRef order);

    /** One page of {@link DecisionQuery}: newest first. */
    List<Decision> find(DecisionQuery query);

    /** The decision that produced an order. */
    Optional<Decision> findByOrder(AccountId accountId, OrderRef order);
}
