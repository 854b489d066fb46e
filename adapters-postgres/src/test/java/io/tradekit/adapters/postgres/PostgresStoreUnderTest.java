package io.tradekit.adapters.postgres;

import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.trade.TradeRepository;
import io.tradekit.domain.trigger.TriggerRepository;
import io.tradekit.domain.watermark.WatermarkRepository;

/** Hands a PostgreSQL store to the contract suites. */
public final class PostgresStoreUnderTest implements StoreUnderTest {
    private final PostgresStore store;

    public PostgresStoreUnderTest(PostgresStore store) {
        this.store = store;
    }

    @Override
    public MarketTradeRepository marketTrades() {
        return store.marketTrades();
    }

    @Override
    public TradeRepository trades() {
        return store.trades();
    }

    @Override
    public PositionRepository positions() {
        return store.positions();
    }

    @Override
    public TriggerRepository triggers() {
        return store.triggers();
    }

    @Override
    public WatermarkRepository watermarks() {
        return store.watermarks();
    }

    @Override
    public TradingStateRepository tradingStates() {
        return store.tradingStates();
    }

    @Override
    public RiskSnapshotQuery riskSnapshots() {
        return store.riskSnapshots();
    }

    @Override
    public UnitOfWork unitOfWork() {
        return store.unitOfWork();
    }
}
