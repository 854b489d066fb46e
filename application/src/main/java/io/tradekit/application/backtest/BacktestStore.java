package io.tradekit.application.backtest;

import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.ledger.AccountLedgerRepository;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.trade.TradeRepository;
import io.tradekit.domain.trigger.TriggerRepository;
import io.tradekit.domain.watermark.WatermarkRepository;

/** The ports of the store a backtest writes to (in memory for speed, or the live store to rehearse on it). */
public record BacktestStore(UnitOfWork unitOfWork, MarketTradeRepository marketTrades, TradeRepository trades,
        PositionRepository positions, TriggerRepository triggers, WatermarkRepository watermarks,
        RiskSnapshotQuery riskSnapshots, TradingStateRepository tradingStates, AccountLedgerRepository ledgers) {

    public BacktestStore {
        Require.nonNull(unitOfWork, "unitOfWork");
        Require.nonNull(marketTrades, "marketTrades");
        Require.nonNull(trades, "trades");
        Require.nonNull(positions, "positions");
        Require.nonNull(triggers, "triggers");
        Require.nonNull(watermarks, "watermarks");
        Require.nonNull(riskSnapshots, "riskSnapshots");
        Require.nonNull(tradingStates, "tradingStates");
        Require.nonNull(ledgers, "ledgers");
    }
}
