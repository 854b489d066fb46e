package io.tradekit.application.testsupport;

import io.tradekit.adapters.inmemory.InMemoryStore;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.trade.TradeRepository;
import io.tradekit.domain.trigger.TriggerRepository;
import io.tradekit.domain.watermark.WatermarkRepository;

/** A fresh in-memory store seen through the contract suites' {@link StoreUnderTest}. */
public final class InMemoryStores {
    private InMemoryStores() {
    }

    public static StoreUnderTest fresh() {
        InMemoryStore store = new InMemoryStore();
        return new StoreUnderTest() {
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
        };
    }
}
