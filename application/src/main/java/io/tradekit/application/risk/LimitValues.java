package io.tradekit.application.risk;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;

/** Validation shared by the policies' constructors: a limit of zero or less is a configuration error. */
final class LimitValues {
    private LimitValues() {
    }

    static Money positive(Money limit, String field) {
        Require.nonNull(limit, field);
        if (!limit.isPositive()) {
            throw new InvalidValueException(field, "a limit must be positive, got " + limit);
        }
        return limit;
    }

    static long positive(long limit, String field) {
        if (limit <= 0) {
            throw new InvalidValueException(field, "a limit must be positive, got " + limit);
        }
        return limit;
    }
}
