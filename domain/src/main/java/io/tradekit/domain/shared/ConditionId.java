package io.tradekit.domain.shared;

/** A market (Polymarket's condition id): the question whose outcome tokens trade. */
public record ConditionId(String value) {
    public ConditionId {
        Require.id(value, "conditionId");
    }

    public static ConditionId of(String value) {
        return new ConditionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
