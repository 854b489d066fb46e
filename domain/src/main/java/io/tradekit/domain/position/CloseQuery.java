package io.tradekit.domain.position;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import java.time.Instant;
import java.util.Optional;

/** Which closes to look at: one account, closed in [from, to), optionally one market. */
public record CloseQuery(AccountId accountId, Instant from, Instant to, Optional<ConditionId> conditionId) {
    public CloseQuery {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.nonNull(conditionId, "conditionId");
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "window ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static CloseQuery of(AccountId accountId, Instant from, Instant to) {
        return new CloseQuery(accountId, from, to, Optional.empty());
    }

    public boolean includes(PositionClose close) {
        return !close.closedAt().isBefore(from) && close.closedAt().isBefore(to)
                && conditionId.map(c -> c.equals(close.conditionId())).orElse(true);
    }
}
