package io.tradekit.application.journal;

import io.tradekit.domain.decision.ClientDecisionId;
import io.tradekit.domain.decision.Decision;
import io.tradekit.domain.decision.DecisionQuery;
import io.tradekit.domain.decision.DecisionRepository;
import io.tradekit.domain.decision.OrderRef;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import java.util.List;
import java.util.Optional;

/** Reads the journal: an account's decisions page by page (newest first, optionally one market), one by id, and the
 *  decision behind an order. */
public final class DecisionJournal {
    private final DecisionRepository decisions;

    public DecisionJournal(DecisionRepository decisions) {
        this.decisions = Require.nonNull(decisions, "decisions");
    }

    public List<Decision> page(DecisionQuery query) {
        return decisions.find(Require.nonNull(query, "query"));
    }

    public Optional<Decision> find(AccountId accountId, ClientDecisionId decisionId) {
        return decisions.find(accountId, decisionId);
    }

    public Optional<Decision> behindOrder(AccountId accountId, OrderRef order) {
        return decisions.findByOrder(accountId, order);
    }
}
