package io.tradekit.application.candidate;

import io.tradekit.application.alert.KitAlerts;
import io.tradekit.domain.alert.Alert;
import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.domain.audit.AuditEntry;
import io.tradekit.domain.audit.AuditSubject;
import io.tradekit.domain.audit.AuditTrail;
import io.tradekit.domain.candidate.Candidate;
import io.tradekit.domain.candidate.CandidateId;
import io.tradekit.domain.candidate.CandidateRepository;
import io.tradekit.domain.candidate.CandidateStatus;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.shared.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A person approves or rejects a pending candidate, with why; or the expiry sweep ({@link #expireDue}) marks the
 * ones whose time is up, judged on the injected clock. Each decision is one compare-and-set on the candidate,
 * written with its audit entry (APPROVAL: before, after, who, when) and the resolution of its approval-pending
 * alert in one unit of work. Of racing deciders exactly one decides; the others get the stored outcome back
 * ({@link Result#decidedNow()} false), or an IllegalTransitionException when they asked for the opposite. A
 * candidate whose time is up is never approved: approving or rejecting it stores it EXPIRED instead.
 */
public final class DecideCandidate {
    /** Who the expiry sweep records as having decided. */
    public static final String EXPIRY = "tradekit-expiry";
    static final int ATTEMPTS = 3;

    private final CandidateRepository candidates;
    private final AuditTrail auditTrail;
    private final AlertRepository alerts;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DecideCandidate(CandidateRepository candidates, AuditTrail auditTrail, AlertRepository alerts,
            UnitOfWork unitOfWork, Clock clock) {
        this.candidates = Require.nonNull(candidates, "candidates");
        this.auditTrail = Require.nonNull(auditTrail, "auditTrail");
        this.alerts = Require.nonNull(alerts, "alerts");
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
        this.clock = Require.nonNull(clock, "clock");
    }

    public record Command(AccountId accountId, CandidateId candidateId, String by, String why) {
        public Command {
            Require.nonNull(accountId, "accountId");
            Require.nonNull(candidateId, "candidateId");
            Require.id(by, "by");
        }
    }

    /** @param decidedNow true when this call made the decision the candidate now holds */
    public record Result(Candidate candidate, boolean decidedNow) {
        public boolean approved() {
            return candidate.status() == CandidateStatus.APPROVED;
        }
    }

    public Result approve(Command command) {
        return decide(command, CandidateStatus.APPROVED);
    }

    public Result reject(Command command) {
        return decide(command, CandidateStatus.REJECTED);
    }

    /** Expires the pending candidates (of every account) whose time is up by the clock, up to {@code limit}. */
    public int expireDue(int limit) {
        Instant now = clock.instant();
        int expired = 0;
        for (Candidate due : candidates.findDueToExpire(now, limit)) {
            try {
                store(due, due.expire(EXPIRY, now), EXPIRY, now);
                expired++;
            } catch (StaleVersionException e) {
                // decided by someone else meanwhile: theirs stands
            }
        }
        return expired;
    }

    private Result decide(Command command, CandidateStatus wanted) {
        Require.nonNull(command, "command");
        for (int attempt = 1; ; attempt++) {
            Candidate current = candidates.find(command.accountId(), command.candidateId()).orElseThrow(() ->
                    new InvalidValueException("candidateId", "account " + command.accountId() + " has no candidate "
                            + command.candidateId()));
            Optional<Result> settled = settled(current, wanted);
            if (settled.isPresent()) {
                return settled.get();
            }
            Instant now = clock.instant();
            Candidate next;
            String by;
            if (current.isDueToExpire(now)) {
                next = current.expire(EXPIRY, now);
                by = EXPIRY;
            } else {
                next = wanted == CandidateStatus.APPROVED ? current.approve(command.by(), now, command.why())
                        : current.reject(command.by(), now, command.why());
                by = command.by();
            }
            try {
                return new Result(store(current, next, by, now), true);
            } catch (StaleVersionException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The outcome when the candidate is decided already: the same decision is an idempotent success. */
    private static Optional<Result> settled(Candidate current, CandidateStatus wanted) {
        if (current.status() == CandidateStatus.PENDING) {
            return Optional.empty();
        }
        if (current.status() == wanted || current.status() == CandidateStatus.EXPIRED) {
            return Optional.of(new Result(current, false));
        }
        throw new IllegalTransitionException("decide candidate " + current.candidateId() + " as " + wanted,
                "it is " + current.status() + " (by " + current.decidedBy() + " at " + current.decidedAt() + ")");
    }

    private Candidate store(Candidate before, Candidate next, String by, Instant at) {
        return unitOfWork.inTransaction(() -> {
            Candidate stored = candidates.update(next);
            auditTrail.append(AuditEntry.of(stored.accountId(), AuditSubject.APPROVAL, stored.candidateId().value(),
                    before.describe(), stored.describe(), by, at));
            Optional<Alert> pending = alerts.find(stored.accountId(), KitAlerts.approvalPendingKey(stored));
            if (pending.isPresent() && pending.get().isOpen()) {
                alerts.update(pending.get().resolve(by, at));
            }
            return stored;
        });
    }
}
