package io.tradekit.adapters.postgres.account;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStatus;
import io.tradekit.domain.shared.AccountId;
import java.time.Instant;

/** One row of {@code trading_states}. */
record TradingStateRow(String accountId, String status, String reason, String changedBy, Instant changedAt,
        String resumedBy, Instant resumedAt, long version) {

    static TradingStateRow of(TradingState s) {
        return new TradingStateRow(s.accountId().value(), s.status().name(), s.reason(), s.changedBy(),
                Bounds.storable(s.changedAt(), "changedAt"), s.resumedBy(), Bounds.storable(s.resumedAt(), "resumedAt"),
                s.version());
    }

    TradingState toState() {
        return new TradingState(AccountId.of(accountId), TradingStatus.valueOf(status), reason, changedBy, changedAt,
                resumedBy, resumedAt, version);
    }
}
