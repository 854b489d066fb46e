package io.tradekit.domain.decision;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * One page of an account's decisions decided in [from, to), newest first (ties by decision id, descending),
 * optionally of one market, continuing after {@code after} (the last decision of the previous page).
 */
public record DecisionQuery(AccountId accountId, Instant from, Instant to, Optional<ConditionId> market,
        Optional<DecisionCursor> after, int limit) {
    public static final int MAX_LIMIT = 1_000;

    public DecisionQuery {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.nonNull(market, "market");
        Require.nonNull(after, "after");
        if (!from.isBefore(to)) {
            throw new InvalidValueException("to", "the window [" + from + ", " + to + ") is empty");
        }
        if (limit <= 0 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must lie in [1, " + MAX_LIMIT + "], got " + limit);
        }
    }

    /** The first page of an account's decisions in [from, to). */
    public static DecisionQuery window(AccountId accountId, Instant from, Instant to, int limit) {
        return new DecisionQuery(accountId, from, to, Optional.empty(), Optional.empty(), limit);
    }

    public DecisionQuery inMarket(ConditionId conditionId) {
        return new DecisionQuery(accountId, from, to, Optional.of(Require.nonNull(conditionId, "market")), after,
                limit);
    }

    /** The page after the one that ended with {@code last}. */
    public DecisionQuery after(DecisionCursor last) {
        return new DecisionQuery(accountId, from, to, market, Optional.of(Require.nonNull(last, "after")), limit);
    }

    /** True when the decision belongs to this query's result set (ignoring paging and the limit). */
    public boolean matches(Decision d) {
        return d.accountId().equals(accountId) && !d.decidedAt().isBefore(from) && d.decidedAt().isBefore(to)
                && market.map(m -> m.equals(d.conditionId())).orElse(true)
                && after.map(c -> c.isFollowedBy(d.cursor())).orElse(true);
    }
}
