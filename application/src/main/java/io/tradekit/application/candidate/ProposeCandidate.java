package io.tradekit.application.candidate;

import io.tradekit.application.alert.KitAlerts;
import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.domain.candidate.Candidate;
import io.tradekit.domain.candidate.CandidateId;
import io.tradekit.domain.candidate.CandidateRepository;
import io.tradekit.domain.decision.ClientDecisionId;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.shared.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Proposes an order that waits for a person's approval: stored PENDING (proposed now, by the clock, expiring after
 * the command's time to live) and, in the same unit of work, a WARNING alert {@code approval-pending:<id>} raised.
 * Idempotent by candidate id: proposing it again changes nothing and returns the stored candidate.
 */
public final class ProposeCandidate {
    private final CandidateRepository candidates;
    private final AlertRepository alerts;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ProposeCandidate(CandidateRepository candidates, AlertRepository alerts, UnitOfWork unitOfWork,
            Clock clock) {
        this.candidates = Require.nonNull(candidates, "candidates");
        this.alerts = Require.nonNull(alerts, "alerts");
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
        this.clock = Require.nonNull(clock, "clock");
    }

    /** @param decisionId the journalled decision the candidate comes from; may be null */
    public record Command(AccountId accountId, CandidateId candidateId, ClientDecisionId decisionId,
            ConditionId conditionId, TokenId tokenId, Side side, Quantity quantity, Price limitPrice,
            Duration timeToLive) {
        public Command {
            Require.nonNull(accountId, "accountId");
            Require.nonNull(candidateId, "candidateId");
            Require.nonNull(conditionId, "conditionId");
            Require.nonNull(tokenId, "tokenId");
            Require.nonNull(side, "side");
            Require.nonNull(quantity, "quantity");
            Require.nonNull(limitPrice, "limitPrice");
            Require.nonNull(timeToLive, "timeToLive");
            if (timeToLive.isNegative() || timeToLive.isZero()) {
                throw new InvalidValueException("timeToLive", "must be positive, got " + timeToLive);
            }
        }
    }

    public Candidate propose(Command c) {
        Require.nonNull(c, "command");
        Instant now = clock.instant();
        Candidate candidate = Candidate.propose(c.accountId(), c.candidateId(), c.decisionId(), c.conditionId(),
                c.tokenId(), c.side(), c.quantity(), c.limitPrice(), now, now.plus(c.timeToLive()));
        return unitOfWork.inTransaction(() -> {
            if (candidates.insertIfAbsent(candidate)) {
                alerts.raiseIfAbsent(KitAlerts.approvalPending(candidate, candidate.proposedAt()));
            }
            return candidates.find(c.accountId(), c.candidateId()).orElseThrow(() ->
                    new IllegalStateException("candidate " + c.candidateId() + " stored but not found"));
        });
    }
}
