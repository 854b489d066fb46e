package io.tradekit.domain.decision;

import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.time.Instant;

/** A place in an account's journal, newest first: a page continues with the decisions strictly older than it. */
public record DecisionCursor(Instant decidedAt, ClientDecisionId decisionId) {
    public DecisionCursor {
        decidedAt = Times.micros(decidedAt, "decidedAt");
        Require.nonNull(decisionId, "decisionId");
    }

    /** True when a decision at {@code other} comes after this cursor in newest-first order. */
    public boolean isFollowedBy(DecisionCursor other) {
        int c = other.decidedAt.compareTo(decidedAt);
        return c < 0 || (c == 0 && other.decisionId.value().compareTo(decisionId.value()) < 0);
    }
}
