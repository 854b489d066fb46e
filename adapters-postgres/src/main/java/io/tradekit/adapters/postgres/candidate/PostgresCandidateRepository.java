package io.tradekit.adapters.postgres.candidate;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.candidate.Candidate;
import io.tradekit.domain.candidate.CandidateId;
import io.tradekit.domain.candidate.CandidateRepository;
import io.tradekit.domain.candidate.CandidateStatus;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mybatis.spring.SqlSessionTemplate;

/** Candidates in PostgreSQL: idempotent inserts, transitions as a compare-and-set on the version. */
public final class PostgresCandidateRepository implements CandidateRepository {
    private final CandidateMapper mapper;
    private final StoreCalls calls;

    public PostgresCandidateRepository(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(CandidateMapper.class);
        this.calls = calls;
    }

    @Override
    public boolean insertIfAbsent(Candidate candidate) {
        Require.nonNull(candidate, "candidate");
        if (candidate.version() != 0 || candidate.status() != CandidateStatus.PENDING) {
            throw new InvalidValueException("candidate", "a new candidate is PENDING at version 0");
        }
        CandidateRow row = CandidateRow.of(candidate);
        return calls.call("propose candidate " + candidate.candidateId() + " of " + candidate.accountId(),
                () -> mapper.insertIfAbsent(row)) == 1;
    }

    @Override
    public Optional<Candidate> find(AccountId accountId, CandidateId candidateId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(candidateId, "candidateId");
        CandidateRow row = calls.call("find candidate " + candidateId + " of " + accountId,
                () -> mapper.find(accountId.value(), candidateId.value()));
        return Optional.ofNullable(row).map(CandidateRow::toCandidate);
    }

    @Override
    public Candidate update(Candidate candidate) {
        Require.nonNull(candidate, "candidate");
        CandidateRow row = CandidateRow.of(candidate);
        if (calls.call("update candidate " + candidate.candidateId() + " of " + candidate.accountId(),
                () -> mapper.update(row)) == 0) {
            throw new StaleVersionException("candidate", candidate.candidateId().value(), candidate.version());
        }
        return candidate.withVersion(candidate.version() + 1);
    }

    @Override
    public List<Candidate> findPending(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        return calls.call("find the pending candidates of " + accountId, () -> mapper.findPending(accountId.value()))
                .stream().map(CandidateRow::toCandidate).toList();
    }

    @Override
    public List<Candidate> findDueToExpire(Instant now, int limit) {
        Require.nonNull(now, "now");
        if (limit <= 0) {
            throw new InvalidValueException("limit", "must be positive, got " + limit);
        }
        // a stored expiry is whole microseconds: expiresAt <= now holds exactly when it holds for now rounded down
        Instant bound = now.isBefore(Bounds.EARLIEST) || now.isAfter(Bounds.LATEST) ? now
                : now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return calls.call("find the candidates due to expire", () -> mapper.findDueToExpire(bound, limit))
                .stream().map(CandidateRow::toCandidate).toList();
    }

    @Override
    public List<Candidate> findApproved(AccountId accountId, Instant from, Instant to) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        return calls.call("find the approved candidates of " + accountId,
                () -> mapper.findApproved(accountId.value(), Bounds.ceilMicros(from), Bounds.ceilMicros(to)))
                .stream().map(CandidateRow::toCandidate).toList();
    }
}
