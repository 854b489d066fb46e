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
import java.util.Objects;

/**
 * The plain {@link StoreUnderTest}: the ports of one store, as they are. An adapter's tests build one
 * from their store's accessors instead of writing the nine delegating methods:
 * <pre>{@code new StorePorts(store.marketTrades(), store.trades(), store.positions(), store.triggers(),
 *         store.watermarks(), store.tradingStates(), store.ledgers(), store.riskSnapshots(), store.orders(),
 *         store.unitOfWork())}</pre>
 * Every port must share the one {@code unitOfWork}; that is the adapter's wiring, not checked here.
 */
public record StorePorts(
        MarketTradeRepository marketTrades,
        TradeRepository trades,
        PositionRepository positions,
        TriggerRepository triggers,
        WatermarkRepository watermarks,
        TradingStateRepository tradingStates,
        AccountLedgerRepository ledgers,
        RiskSnapshotQuery riskSnapshots,
        OrderRepository orders,
        UnitOfWork unitOfWork) implements StoreUnderTest {

    public StorePorts {
        Objects.requireNonNull(marketTrades, "marketTrades");
        Objects.requireNonNull(trades, "trades");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(triggers, "triggers");
        Objects.requireNonNull(watermarks, "watermarks");
        Objects.requireNonNull(tradingStates, "tradingStates");
        Objects.requireNonNull(ledgers, "ledgers");
        Objects.requireNonNull(riskSnapshots, "riskSnapshots");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
    }
}
