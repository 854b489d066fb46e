package io.tradekit.domain.decision;

import io.tradekit.domain.shared.Require;

/** The bot's own id for a decision: recording a decision again under it changes nothing. */
public record ClientDecisionId(String value) {
    public ClientDecisionId {
        Require.id(value, "decisionId");
    }

    public static ClientDecisionId of(String value) {
        return new ClientDecisionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
