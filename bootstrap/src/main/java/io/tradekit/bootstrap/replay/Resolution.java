package io.tradekit.bootstrap.replay;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;

/** A market's outcome: its winning token pays 1, every other token 0, from {@code resolvedAt}. */
public record Resolution(ConditionId conditionId, TokenId winningTokenId, Instant resolvedAt, long line) {
}
