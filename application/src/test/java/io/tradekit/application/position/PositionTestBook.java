package io.tradekit.application.position;

import io.tradekit.application.execution.RecordExecution;
import io.tradekit.application.execution.RecordExecutionCommand;
import io.tradekit.application.ledger.LedgerPosting;
import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import java.time.Instant;
import java.util.List;

/** Opens positions the way a bot does, through {@link RecordExecution}. */
final class PositionTestBook {
    private final TestIds ids;
    private final StoreUnderTest store;
    private int executions;

    PositionTestBook(TestIds ids, StoreUnderTest store) {
        this.ids = ids;
        this.store = store;
    }

    Position open(AccountId account, ConditionId condition, TokenId token, Side side, String quantity, String price,
            String fee, Instant at) {
        Trade trade = Trade.of(account, ids.clientTrade("x" + ++executions), at, List.of(TradeLeg.filled(condition,
                token, side, Quantity.of(quantity), Price.of(price), Money.of(fee))));
        new RecordExecution(store.trades(), store.positions(), new LedgerPosting(store.ledgers()), store.unitOfWork()).record(RecordExecutionCommand.of(trade));
        return store.positions().findOpenByToken(account, token).orElseThrow();
    }

    Position reload(Position position) {
        return store.positions().findById(position.accountId(), position.id()).orElseThrow();
    }
}
