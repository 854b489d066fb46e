package io.tradekit.domain.candidate;

/** PENDING until a person approves or rejects it, or its time runs out (EXPIRED). The last three are final. */
public enum CandidateStatus {
    PENDING, APPROVED, REJECTED, EXPIRED
}
