package io.tradekit.domain.trade;

import io.tradekit.domain.shared.AccountId;
import java.util.Optional;

/** Our own executions, idempotent by (account, client trade id). */
public interface TradeRepository {
    /** @return true when the trade was new; false when one with its id was already stored (left unchanged) */
    boolean insertIfAbsent(Trade trade);

    Optional<Trade> find(AccountId accountId, ClientTradeId clientTradeId);
}
