package io.tradekit.application.journal;

import io.tradekit.domain.decision.Decision;
import io.tradekit.domain.decision.DecisionRepository;
import io.tradekit.domain.decision.OrderRef;
import io.tradekit.domain.shared.Require;

/**
 * Journals a decision (HOLD included), idempotent by its client decision id: recording it again changes nothing,
 * recording other content under a taken id is a DuplicateKeyException. {@link #linkOrder} records an order the
 * decision produced, once.
 */
public final class RecordDecision {
    private final DecisionRepository decisions;

    public RecordDecision(DecisionRepository decisions) {
        this.decisions = Require.nonNull(decisions, "decisions");
    }

    public record Command(Decision decision) {
        public Command {
            Require.nonNull(decision, "decision");
        }

        public static Command of(Decision decision) {
            return new Command(decision);
        }
    }

    /** @return true when journalled now, false when it was journalled before */
    public boolean record(Command command) {
        Require.nonNull(command, "command");
        return decisions.insertIfAbsent(command.decision());
    }

    /** @return true when linked now, false when it was linked before */
    public boolean linkOrder(Decision decision, OrderRef order) {
        Require.nonNull(decision, "decision");
        return decisions.linkOrder(decision.accountId(), decision.decisionId(), order);
    }
}
