package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.candidate.Candidate;
import io.tradekit.domain.candidate.CandidateId;
import io.tradekit.domain.candidate.CandidateRepository;
import io.tradekit.domain.candidate.CandidateStatus;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.testdata.Candidates;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CandidateRepository} must do: idempotent proposals, a transition as a compare-and-set (of
 * racing deciders exactly one wins), the pending / due / approved reads, account scoping.
 */
public abstract class CandidateRepositoryContract {
    protected abstract JournalStoreUnderTest store();

    private CandidateRepository candidates;
    private AccountId account;

    @BeforeEach
    void setUpStore() {
        candidates = store().candidates();
        account = Ids.account();
    }

    @Test
    void roundTripsEveryFieldPendingAndDecided() {
        Candidate c = Candidate.propose(account, CandidateId.of(Ids.unique("cand")), null, Ids.condition(), Ids.token(),
                Side.SELL, Quantity.of("12.34567891"), Price.of("0.98765432"), Instants.at("2026-03-01T12:00:00.000001Z"),
                Instants.at("2026-03-01T12:30:00.000002Z"));
        assertThat(candidates.insertIfAbsent(c)).isTrue();
        Candidate stored = candidates.find(account, c.candidateId()).orElseThrow();
        assertThat(stored).isEqualTo(c.withVersion(1));

        Candidate rejected = candidates.update(stored.reject("ops-anna", Instants.T0.plusSeconds(5),
                "too large \u2014 \"no\"\nsecond line"));
        assertThat(rejected.version()).isEqualTo(2);
        assertThat(candidates.find(account, c.candidateId())).contains(rejected);
    }

    @Test
    void proposingTheSameIdAgainKeepsTheFirst() {
        Candidate c = Candidates.pending(account);
        assertThat(candidates.insertIfAbsent(c)).isTrue();
        assertThat(candidates.insertIfAbsent(c)).isFalse();
        Candidate approved = candidates.update(candidates.find(account, c.candidateId()).orElseThrow()
                .approve("ops", Instants.T0.plusSeconds(1), "ok"));
        assertThat(candidates.insertIfAbsent(c)).as("a retried proposal never resets a decision").isFalse();
        assertThat(candidates.find(account, c.candidateId())).contains(approved);
    }

    @Test
    void ofRacingDecidersExactlyOneWins() {
        Candidate c = Candidates.pending(account);
        candidates.insertIfAbsent(c);
        Candidate stored = candidates.find(account, c.candidateId()).orElseThrow();
        List<Boolean> results = Concurrently.race(Concurrently.THREADS, i -> {
            Candidate decided = i % 2 == 0 ? stored.approve("ops-" + i, Instants.T0.plusSeconds(i), "yes")
                    : stored.reject("ops-" + i, Instants.T0.plusSeconds(i), "no");
            try {
                candidates.update(decided);
                return true;
            } catch (StaleVersionException e) {
                return false;
            }
        });
        assertThat(results).containsOnlyOnce(true);
        Candidate winner = candidates.find(account, c.candidateId()).orElseThrow();
        assertThat(winner.version()).isEqualTo(2);
        int i = results.indexOf(true);
        assertThat(winner.decidedBy()).isEqualTo("ops-" + i);
        assertThat(winner.status()).isEqualTo(i % 2 == 0 ? CandidateStatus.APPROVED : CandidateStatus.REJECTED);
    }

    @Test
    void pendingComeOldestFirstAndDecidedOnesLeave() {
        Candidate late = Candidates.pending(account, Instants.T0.plusSeconds(10), Duration.ofHours(1));
        Candidate early = Candidates.pending(account, Instants.T0, Duration.ofHours(1));
        Candidate decided = Candidates.pending(account, Instants.T0.plusSeconds(5), Duration.ofHours(1));
        for (Candidate c : List.of(late, early, decided)) {
            candidates.insertIfAbsent(c);
        }
        candidates.update(decided.withVersion(1).reject("ops", Instants.T0.plusSeconds(20), null));

        assertThat(candidates.findPending(account)).containsExactly(early.withVersion(1), late.withVersion(1));
    }

    @Test
    void dueToExpireIsInclusiveOfTheExpiryAndJudgedOnTheGivenTime() {
        Instant base = Instant.parse("1991-01-01T00:00:00Z"); // before any other contract's candidate
        Candidate soon = Candidates.pending(account, base, Duration.ofMinutes(1));
        Candidate later = Candidates.pending(account, base, Duration.ofMinutes(5));
        candidates.insertIfAbsent(later);
        candidates.insertIfAbsent(soon);

        assertThat(candidates.findDueToExpire(base.plusSeconds(59), 100)).doesNotContain(soon.withVersion(1),
                later.withVersion(1));
        assertThat(candidates.findDueToExpire(base.plusSeconds(60), 100)).contains(soon.withVersion(1))
                .doesNotContain(later.withVersion(1));
        List<Candidate> both = candidates.findDueToExpire(base.plusSeconds(300), 100);
        assertThat(both.indexOf(soon.withVersion(1))).isLessThan(both.indexOf(later.withVersion(1)));
        assertThat(candidates.findDueToExpire(base.plusSeconds(300), 1)).hasSize(1);
    }

    @Test
    void approvedInAWindow() {
        Candidate a = Candidates.pending(account);
        Candidate b = Candidates.pending(account);
        candidates.insertIfAbsent(a);
        candidates.insertIfAbsent(b);
        Candidate approvedA = candidates.update(a.withVersion(1).approve("ops", Instants.T0.plusSeconds(10), "ok"));
        candidates.update(b.withVersion(1).reject("ops", Instants.T0.plusSeconds(10), "no"));

        assertThat(candidates.findApproved(account, Instants.T0, Instants.T0.plusSeconds(11))).containsExactly(approvedA);
        assertThat(candidates.findApproved(account, Instants.T0, Instants.T0.plusSeconds(10))).isEmpty();
    }

    @Test
    void eachAccountHasItsOwnCandidates() {
        Candidate mine = Candidates.pending(account);
        AccountId other = Ids.account();
        Candidate theirs = Candidate.propose(other, mine.candidateId(), null, mine.conditionId(), mine.tokenId(),
                Side.BUY, Quantity.of("1"), Price.of("0.5"), Instants.T0, Instants.T0.plusSeconds(60));
        assertThat(candidates.insertIfAbsent(mine)).isTrue();
        assertThat(candidates.insertIfAbsent(theirs)).isTrue();
        assertThat(candidates.find(other, mine.candidateId())).contains(theirs.withVersion(1));
        assertThat(candidates.findPending(other)).containsExactly(theirs.withVersion(1));
        assertThat(candidates.findPending(Ids.account())).isEmpty();
        Candidate nobodys = Candidate.propose(Ids.account(), mine.candidateId(), null, mine.conditionId(),
                mine.tokenId(), Side.BUY, Quantity.of("1"), Price.of("0.5"), Instants.T0, Instants.T0.plusSeconds(60));
        assertThatThrownBy(() -> candidates.update(nobodys.withVersion(1).approve("ops", Instants.T0, "ok")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(candidates.find(account, mine.candidateId())).contains(mine.withVersion(1));
    }

    @Test
    void aFailedUnitOfWorkLeavesTheCandidateAsItWas() {
        Candidate c = Candidates.pending(account);
        candidates.insertIfAbsent(c);
        assertThatThrownBy(() -> store().unitOfWork().run(() -> {
            candidates.update(c.withVersion(1).approve("ops", Instants.T0.plusSeconds(1), "ok"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(candidates.find(account, c.candidateId())).contains(c.withVersion(1));
    }
}
