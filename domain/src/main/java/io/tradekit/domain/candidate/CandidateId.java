package io.tradekit.domain.candidate;

import io.tradekit.domain.shared.Require;

/** The bot's id for a candidate order: proposing it again under this id changes nothing. */
public record CandidateId(String value) {
    public CandidateId {
        Require.id(value, "candidateId");
    }

    public static CandidateId of(String value) {
        return new CandidateId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
