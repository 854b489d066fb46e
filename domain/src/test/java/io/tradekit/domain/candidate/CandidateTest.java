package io.tradekit.domain.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.testdata.Candidates;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CandidateTest {
    private final Candidate pending = Candidates.pending(Ids.account(), Instants.T0, Duration.ofMinutes(10));
    private final java.time.Instant expiry = Instants.T0.plus(Duration.ofMinutes(10));

    @Test
    void approvedRejectedAndExpiredAreFinal() {
        Candidate approved = pending.approve("ops", Instants.T0.plusSeconds(1), "yes");
        assertThat(approved.status()).isEqualTo(CandidateStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("ops");
        assertThat(approved.reason()).isEqualTo("yes");
        assertThatThrownBy(() -> approved.reject("x", Instants.T0.plusSeconds(2), "no"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("APPROVED");
        Candidate rejected = pending.reject("ops", Instants.T0.plusSeconds(1), null);
        assertThatThrownBy(() -> rejected.approve("x", Instants.T0.plusSeconds(2), "y"))
                .hasMessageContaining("REJECTED");
        Candidate expired = pending.expire("sweep", expiry);
        assertThatThrownBy(() -> expired.approve("x", Instants.T0, "y")).hasMessageContaining("EXPIRED");
    }

    @Test
    void expiryIsInclusiveAndJudgedOnTheGivenTime() {
        assertThat(pending.isDueToExpire(expiry.minusNanos(1_000))).isFalse();
        assertThat(pending.isDueToExpire(expiry)).isTrue();
        assertThatThrownBy(() -> pending.approve("ops", expiry, "late")).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("expired at");
        assertThatThrownBy(() -> pending.expire("sweep", expiry.minusNanos(1_000)))
                .hasMessageContaining("runs until");
        Candidate expired = pending.expire("sweep", expiry.plusSeconds(30));
        assertThat(expired.decidedAt()).isEqualTo(expiry.plusSeconds(30));
        assertThat(expired.status()).isEqualTo(CandidateStatus.EXPIRED);
    }

    @Test
    void theOrderIdDerivesFromTheCandidateId() {
        assertThat(pending.orderRef().clientOrderId()).isEqualTo("cand-" + pending.candidateId().value());
        assertThatThrownBy(() -> Candidate.propose(pending.accountId(), CandidateId.of("x".repeat(196)), null,
                pending.conditionId(), pending.tokenId(), pending.side(), pending.quantity(), pending.limitPrice(),
                Instants.T0, expiry)).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("candidateId");
    }

    @Test
    void badProposalsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Candidate.propose(pending.accountId(), pending.candidateId(), null,
                pending.conditionId(), pending.tokenId(), pending.side(), io.tradekit.domain.shared.Quantity.ZERO,
                pending.limitPrice(), Instants.T0, expiry)).hasMessageStartingWith("quantity");
        assertThatThrownBy(() -> Candidate.propose(pending.accountId(), pending.candidateId(), null,
                pending.conditionId(), pending.tokenId(), pending.side(), pending.quantity(), pending.limitPrice(),
                Instants.T0, Instants.T0)).hasMessageStartingWith("expiresAt");
    }
}
