package io.tradekit.adapters.postgres.trade;

import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mybatis.spring.SqlSessionTemplate;

/** Our executions in PostgreSQL: the trade row and its legs in one transaction, idempotent by client id. */
public final class PostgresTradeRepository implements TradeRepository {
    private final TradeMapper mapper;
    private final StoreCalls calls;

    public PostgresTradeRepository(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(TradeMapper.class);
        this.calls = calls;
    }

    @Override
    public boolean insertIfAbsent(Trade trade) {
        Require.nonNull(trade, "trade");
        TradeRow row = TradeRow.of(trade);
        List<TradeLegRow> legs = new ArrayList<>(trade.legs().size());
        for (int i = 0; i < trade.legs().size(); i++) {
            legs.add(TradeLegRow.of(i, trade.legs().get(i)));
        }
        return calls.inTransaction("record trade " + trade.clientTradeId() + " of " + trade.accountId(), () -> {
            // a concurrent writer of the same id waits on the key, then finds it taken: exactly one inserts legs
            if (mapper.insertIfAbsent(row) == 0) {
                return false;
            }
            mapper.insertLegs(row, legs);
            return true;
        });
    }

    @Override
    public Optional<Trade> find(AccountId accountId, ClientTradeId clientTradeId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(clientTradeId, "clientTradeId");
        List<TradeWithLegRow> rows = calls.call("find trade " + clientTradeId + " of " + accountId,
                () -> mapper.find(accountId.value(), clientTradeId.value()));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        TradeWithLegRow head = rows.get(0);
        return Optional.of(new Trade(accountId, clientTradeId, head.executedAt(),
                head.eventId() == null ? null : EventId.of(head.eventId()),
                rows.stream().map(r -> r.leg().toLeg()).toList()));
    }
}
