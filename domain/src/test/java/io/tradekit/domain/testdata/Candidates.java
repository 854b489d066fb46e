package io.tradekit.domain.testdata;

import io.tradekit.domain.candidate.Candidate;
import io.tradekit.domain.candidate.CandidateId;
import io.tradekit.domain.decision.ClientDecisionId;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import java.time.Duration;
import java.time.Instant;

/** Test candidates: BUY 10 at 0.6, proposed at T0, expiring an hour later. */
public final class Candidates {
    private Candidates() {
    }

    public static Candidate pending(AccountId account) {
        return pending(account, Instants.T0, Duration.ofHours(1));
    }

    public static Candidate pending(AccountId account, Instant proposedAt, Duration ttl) {
        return Candidate.propose(account, CandidateId.of(Ids.unique("cand")), ClientDecisionId.of(Ids.unique("dec")),
                Ids.condition(), Ids.token(), Side.BUY, Quantity.of("10"), Price.of("0.6"), proposedAt,
                proposedAt.plus(ttl));
    }
}
