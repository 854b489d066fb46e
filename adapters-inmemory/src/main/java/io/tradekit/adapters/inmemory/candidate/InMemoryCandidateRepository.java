package io.tradekit.adapters.inmemory.candidate;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.domain.candidate.Candidate;
import io.tradekit.domain.candidate.CandidateId;
import io.tradekit.domain.candidate.CandidateRepository;
import io.tradekit.domain.candidate.CandidateStatus;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Candidates keyed by (account, id); a transition is an atomic compare-and-set on the version. */
public final class InMemoryCandidateRepository implements CandidateRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final ConcurrentHashMap<AccountId, ConcurrentHashMap<CandidateId, Candidate>> books =
            new ConcurrentHashMap<>();

    public InMemoryCandidateRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    private ConcurrentHashMap<CandidateId, Candidate> book(AccountId account) {
        return books.computeIfAbsent(account, a -> new ConcurrentHashMap<>());
    }

    @Override
    public boolean insertIfAbsent(Candidate candidate) {
        Require.nonNull(candidate, "candidate");
        if (candidate.version() != 0 || candidate.status() != CandidateStatus.PENDING) {
            throw new InvalidValueException("candidate", "a new candidate is PENDING at version 0");
        }
        Candidate stored = candidate.withVersion(1);
        return unitOfWork.write(() -> {
            ConcurrentHashMap<CandidateId, Candidate> book = book(candidate.accountId());
            if (book.putIfAbsent(candidate.candidateId(), stored) != null) {
                return false;
            }
            unitOfWork.onRollback(() -> book.remove(candidate.candidateId(), stored));
            return true;
        });
    }

    @Override
    public Optional<Candidate> find(AccountId accountId, CandidateId candidateId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(candidateId, "candidateId");
        var book = books.get(accountId);
        return book == null ? Optional.empty() : Optional.ofNullable(book.get(candidateId));
    }

    @Override
    public Candidate update(Candidate candidate) {
        Require.nonNull(candidate, "candidate");
        Candidate next = candidate.withVersion(candidate.version() + 1);
        return unitOfWork.write(() -> {
            ConcurrentHashMap<CandidateId, Candidate> book = book(candidate.accountId());
            Candidate[] before = new Candidate[1];
            book.compute(candidate.candidateId(), (id, stored) -> {
                if (stored == null || stored.version() != candidate.version()) {
                    throw new StaleVersionException("candidate", id.value(), candidate.version());
                }
                before[0] = stored;
                return next;
            });
            Candidate previous = before[0];
            unitOfWork.onRollback(() -> book.replace(candidate.candidateId(), next, previous));
            return next;
        });
    }

    @Override
    public List<Candidate> findPending(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        var book = books.get(accountId);
        if (book == null) {
            return List.of();
        }
        return book.values().stream().filter(c -> c.status() == CandidateStatus.PENDING)
                .sorted(Comparator.comparing(Candidate::proposedAt).thenComparing(c -> c.candidateId().value()))
                .toList();
    }

    @Override
    public List<Candidate> findDueToExpire(Instant now, int limit) {
        Require.nonNull(now, "now");
        if (limit <= 0) {
            throw new InvalidValueException("limit", "must be positive, got " + limit);
        }
        return books.values().stream().flatMap(b -> b.values().stream()).filter(c -> c.isDueToExpire(now))
                .sorted(Comparator.comparing(Candidate::expiresAt).thenComparing(c -> c.accountId().value())
                        .thenComparing(c -> c.candidateId().value()))
                .limit(limit).toList();
    }

    @Override
    public List<Candidate> findApproved(AccountId accountId, Instant from, Instant to) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        var book = books.get(accountId);
        if (book == null) {
            return List.of();
        }
        return book.values().stream().filter(c -> c.status() == CandidateStatus.APPROVED)
                .filter(c -> !c.decidedAt().isBefore(from) && c.decidedAt().isBefore(to))
                .sorted(Comparator.comparing(Candidate::decidedAt).thenComparing(c -> c.candidateId().value()))
                .toList();
    }
}
