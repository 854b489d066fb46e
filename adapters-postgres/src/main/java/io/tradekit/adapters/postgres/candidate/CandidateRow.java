package io.tradekit.adapters.postgres.candidate;

import io.tradekit.domain.candidate.Candidate;
import io.tradekit.domain.candidate.CandidateId;
import io.tradekit.domain.candidate.CandidateStatus;
import io.tradekit.domain.decision.ClientDecisionId;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code candidates}. */
record CandidateRow(String accountId, String candidateId, String decisionId, String conditionId, String tokenId,
        String side, BigDecimal quantity, BigDecimal limitPrice, Instant proposedAt, Instant expiresAt, String status,
        String decidedBy, Instant decidedAt, String reason, long version) {

    static CandidateRow of(Candidate c) {
        return new CandidateRow(c.accountId().value(), c.candidateId().value(),
                c.decision().map(ClientDecisionId::value).orElse(null), c.conditionId().value(), c.tokenId().value(),
                c.side().name(), c.quantity().value(), c.limitPrice().value(), c.proposedAt(), c.expiresAt(),
                c.status().name(), c.decidedBy(), c.decidedAt(), c.reason(), c.version());
    }

    Candidate toCandidate() {
        return new Candidate(AccountId.of(accountId), CandidateId.of(candidateId),
                decisionId == null ? null : ClientDecisionId.of(decisionId), ConditionId.of(conditionId),
                TokenId.of(tokenId), Side.valueOf(side), Quantity.of(quantity), Price.of(limitPrice), proposedAt,
                expiresAt, CandidateStatus.valueOf(status), decidedBy, decidedAt, reason, version);
    }
}
