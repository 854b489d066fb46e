package io.tradekit.domain.candidate;

import io.tradekit.domain.shared.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Candidate orders per account, idempotent by (account, candidate id); transitions are compare-and-set (version). */
public interface CandidateRepository {
    /**
     * Stores a new candidate (version 0) at version 1 unless its id is taken.
     *
     * @return true when new; false when a candidate with its id exists (left as it is)
     */
    boolean insertIfAbsent(Candidate candidate);

    Optional<Candidate> find(AccountId accountId, CandidateId candidateId);

    /**
     * Stores a decided candidate over the version it was read at: of racing deciders exactly one succeeds.
     *
     * @throws io.tradekit.domain.shared.StaleVersionException when that version is no longer current
     */
    Candidate update(Candidate candidate);

    /** The account's PENDING candidates, oldest first (proposed time, then id). */
    List<Candidate> findPending(AccountId accountId);

    /** PENDING candidates of every account whose expiry is at or before {@code now}, up to {@code limit}, by expiry. */
    List<Candidate> findDueToExpire(Instant now, int limit);

    /** The account's APPROVED candidates decided in [from, to): what an order-creation resume walks over. */
    List<Candidate> findApproved(AccountId accountId, Instant from, Instant to);
}
