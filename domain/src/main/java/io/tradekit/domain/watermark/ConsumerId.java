package io.tradekit.domain.watermark;

import io.tradekit.domain.shared.Require;

/** Who consumes a stream (a strategy, a job); each consumer keeps its own watermarks. */
public record ConsumerId(String value) {
    public ConsumerId {
        Require.id(value, "consumerId");
    }

    public static ConsumerId of(String value) {
        return new ConsumerId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
