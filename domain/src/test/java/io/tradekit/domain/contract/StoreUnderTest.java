package io.tradekit.domain.contract;

import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.ledger.AccountLedgerRepository;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.trade.TradeRepository;
import io.tradekit.domain.trigger.TriggerRepository;
import io.tradekit.domain.watermark.WatermarkRepository;

/**
 * What an adapter hands the contract suites: every port of one store, all sharing one
 * {@link UnitOfWork}. An adapter's test class implements {@code store()} of a contract and
 * returns one of these; the contract's tests then run unchanged.
 */
public interface StoreUnderTest {
    MarketTradeRepository marketTrades();

    TradeRepository trades();

    PositionRepository positions();

    TriggerRepository triggers();

    WatermarkRepository watermarks();

    TradingStateRepository tradingStates();

    AccountLedgerRepository ledgers();

    RiskSnapshotQuery riskSnapshots();

    OrderRepository orders();

    UnitOfWork unitOfWork();
}
