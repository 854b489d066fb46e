package io.tradekit.domain.position;

import io.tradekit.domain.shared.Require;

/** Identity of a position; derived from the opening execution, so a replay gets the same ids. */
public record PositionId(String value) {
    public PositionId {
        Require.id(value, "positionId");
    }

    public static PositionId of(String value) {
        return new PositionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
