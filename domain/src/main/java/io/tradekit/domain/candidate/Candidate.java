package io.tradekit.domain.candidate;

import io.tradekit.domain.decision.ClientDecisionId;
import io.tradekit.domain.decision.OrderRef;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;
import java.util.Optional;

/**
 * A proposed order waiting for a person: PENDING -&gt; APPROVED / REJECTED, or EXPIRED once its time is up
 * (judged on the clock the caller passes, never the wall clock). Who decided, when and why are recorded. An
 * approved candidate becomes exactly one order, whose client id {@link #orderRef()} derives from the
 * candidate's id, so creating it is idempotent across racing approvers and restarts. {@code version} guards
 * the transition (the first decision wins).
 */
public record Candidate(
        AccountId accountId,
        CandidateId candidateId,
        ClientDecisionId decisionId,
        ConditionId conditionId,
        TokenId tokenId,
        Side side,
        Quantity quantity,
        Price limitPrice,
        Instant proposedAt,
        Instant expiresAt,
        CandidateStatus status,
        String decidedBy,
        Instant decidedAt,
        String reason,
        long version) {

    /** The order's client id is this prefix and the candidate id (within the 200-character id limit). */
    public static final String ORDER_PREFIX = "cand-";
    public static final int MAX_REASON_CHARS = 2_000;

    public Candidate {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(candidateId, "candidateId");
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(tokenId, "tokenId");
        Require.nonNull(side, "side");
        Require.nonNull(quantity, "quantity");
        if (!quantity.isPositive()) {
            throw new InvalidValueException("quantity", "must be positive, got " + quantity);
        }
        Require.nonNull(limitPrice, "limitPrice");
        proposedAt = Times.micros(proposedAt, "proposedAt");
        expiresAt = Times.micros(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(proposedAt)) {
            throw new InvalidValueException("expiresAt", "must be after proposedAt " + proposedAt + ", got " + expiresAt);
        }
        Require.nonNull(status, "status");
        decidedAt = decidedAt == null ? null : Times.micros(decidedAt, "decidedAt");
        if (reason != null && reason.length() > MAX_REASON_CHARS) {
            throw new InvalidValueException("reason", "longer than " + MAX_REASON_CHARS + " characters");
        }
        if (status == CandidateStatus.PENDING) {
            if (decidedBy != null || decidedAt != null || reason != null) {
                throw new InvalidValueException("decidedBy", "a PENDING candidate is not decided yet");
            }
        } else {
            Require.id(decidedBy, "decidedBy");
            Require.nonNull(decidedAt, "decidedAt");
        }
        if (candidateId.value().length() + ORDER_PREFIX.length() > 200) {
            throw new InvalidValueException("candidateId", "longer than " + (200 - ORDER_PREFIX.length())
                    + " characters: the order's client id derives from it");
        }
        if (version < 0) {
            throw new InvalidValueException("version", "must not be negative, got " + version);
        }
    }

    /** A new, pending candidate (version 0: not stored yet). */
    public static Candidate propose(AccountId accountId, CandidateId candidateId, ClientDecisionId decisionId,
            ConditionId conditionId, TokenId tokenId, Side side, Quantity quantity, Price limitPrice,
            Instant proposedAt, Instant expiresAt) {
        return new Candidate(accountId, candidateId, decisionId, conditionId, tokenId, side, quantity, limitPrice,
                proposedAt, expiresAt, CandidateStatus.PENDING, null, null, null, 0);
    }

    /** The client id of the one order an approval creates, derived from the candidate id. */
    public OrderRef orderRef() {
        return OrderRef.of(ORDER_PREFIX + candidateId.value());
    }

    public Optional<ClientDecisionId> decision() {
        return Optional.ofNullable(decisionId);
    }

    /** True when, at {@code now}, a pending candidate's time is up (expiry is inclusive: at expiresAt it is over). */
    public boolean isDueToExpire(Instant now) {
        return status == CandidateStatus.PENDING && !now.isBefore(expiresAt);
    }

    public Candidate approve(String by, Instant at, String why) {
        requireOpen("approve", at);
        return decide(CandidateStatus.APPROVED, by, at, why);
    }

    public Candidate reject(String by, Instant at, String why) {
        requireOpen("reject", at);
        return decide(CandidateStatus.REJECTED, by, at, why);
    }

    /** Marks a pending candidate whose time is up as EXPIRED, decided by {@code by} (e.g. the expiry sweep). */
    public Candidate expire(String by, Instant at) {
        if (status != CandidateStatus.PENDING) {
            throw new IllegalTransitionException("expire candidate " + candidateId, "it is " + status);
        }
        if (!isDueToExpire(Times.micros(at, "decidedAt"))) {
            throw new IllegalTransitionException("expire candidate " + candidateId, "it runs until " + expiresAt);
        }
        return decide(CandidateStatus.EXPIRED, by, expiresAt.isAfter(at) ? expiresAt : at, "expired at " + expiresAt);
    }

    public Candidate withVersion(long storedVersion) {
        return new Candidate(accountId, candidateId, decisionId, conditionId, tokenId, side, quantity, limitPrice,
                proposedAt, expiresAt, status, decidedBy, decidedAt, reason, storedVersion);
    }

    /** The candidate as one line of text, for the audit trail. */
    public String describe() {
        return "status=" + status + "; " + side + " " + quantity + " " + tokenId + " @ " + limitPrice + "; market="
                + conditionId + "; expiresAt=" + expiresAt
                + (decidedBy == null ? "" : "; decidedBy=" + decidedBy + "; decidedAt=" + decidedAt)
                + (reason == null ? "" : "; reason=" + reason);
    }

    private void requireOpen(String attempted, Instant at) {
        Require.nonNull(at, "decidedAt");
        if (status != CandidateStatus.PENDING) {
            throw new IllegalTransitionException(attempted + " candidate " + candidateId, "it is " + status);
        }
        if (isDueToExpire(at)) {
            throw new IllegalTransitionException(attempted + " candidate " + candidateId,
                    "it expired at " + expiresAt);
        }
    }

    private Candidate decide(CandidateStatus next, String by, Instant at, String why) {
        Require.id(by, "decidedBy");
        return new Candidate(accountId, candidateId, decisionId, conditionId, tokenId, side, quantity, limitPrice,
                proposedAt, expiresAt, next, by, at, why, version);
    }
}
